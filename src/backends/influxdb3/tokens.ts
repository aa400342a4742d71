/** Token endpoints (`/api/v3/configure/token*`, influxdata/influxdb `influxdb3_server/src/http.rs`): create, regenerate, delete, and the list via SQL. */
import * as z from 'zod/mini'

import type { CreatedToken, Token } from '../domain'
import type { Http, RequestSpec } from '../http/http'
import { parseTimestamp, parseTimestampMs } from '../http/parse'
import { SYSTEM_DATABASE } from './names'
import { parsePermissions, type Permission } from './permissions'
import { querySql } from './sql'
import {
  type CreateNamedAdminTokenBody,
  type CreateResourceTokenBody,
  type PermissionDetailsWire,
  type TokenCreatedWire,
  tokenCreatedWire,
  type TokenListRowWire,
  tokenListRowWire,
} from './wire'

interface Options {
  signal?: AbortSignal | undefined
}

function toCreatedToken(wire: TokenCreatedWire, spec: RequestSpec): CreatedToken {
  return {
    id: String(wire.id),
    name: wire.name,
    secret: wire.token,
    hash: wire.hash,
    createdAt: parseTimestamp(wire.created_at, spec, 'created_at'),
    expiresAt: wire.expiry === null ? undefined : parseTimestamp(wire.expiry, spec, 'expiry'),
  }
}

/**
 * Parsed permissions by their text, for one list. Most tokens repeat a handful of permission
 * sets, so tokens with the same text share one string and one parsed (read-only) list: at
 * 10 000 tokens that is most of the list's memory and parsing time.
 */
type PermissionCache = Map<string, { text: string; parsed: ReturnType<typeof parsePermissions> }>

function parseShared(text: string, cache: PermissionCache) {
  let entry = cache.get(text)
  if (!entry) {
    entry = { text, parsed: parsePermissions(text) }
    cache.set(text, entry)
  }
  return entry
}

function toToken(row: TokenListRowWire, spec: RequestSpec, cache: PermissionCache): Token {
  const { text, parsed } = parseShared(row.permissions, cache)
  return {
    id: String(row.token_id),
    name: row.name,
    fingerprint: row.hash,
    createdAt: parseTimestampMs(row.created_at, spec, 'created_at'),
    expiresAt: row.expiry === undefined ? undefined : parseTimestampMs(row.expiry, spec, 'expiry'),
    permissions: parsed.ok ? parsed.permissions : null,
    permissionsText: text,
  }
}

async function created(http: Http, spec: RequestSpec): Promise<CreatedToken> {
  return toCreatedToken(await http.json(spec, tokenCreatedWire), spec)
}

/** Every token, from `system.tokens` in `_internal` (there is no REST list endpoint). */
export async function listTokens(http: Http, { signal }: Options = {}): Promise<Token[]> {
  const { rows, spec } = await querySql(http, {
    db: SYSTEM_DATABASE,
    q: 'SELECT * FROM system.tokens ORDER BY token_id',
    schema: z.array(tokenListRowWire),
    signal,
  })
  const cache: PermissionCache = new Map()
  return rows.map((row) => toToken(row, spec, cache))
}

/** Bootstraps the operator token `_admin` on a server that has none (no auth needed). */
export function createOperatorToken(http: Http, { signal }: Options = {}): Promise<CreatedToken> {
  return created(http, { method: 'POST', path: '/api/v3/configure/token/admin', signal })
}

/** `expiry_secs` for a create body: absent for a token that never expires, as the CLI sends it. */
function expiryField(expirySecs: number | null | undefined): { expiry_secs?: number } {
  return expirySecs === null || expirySecs === undefined ? {} : { expiry_secs: expirySecs }
}

export interface CreateAdminTokenInput {
  name: string
  /** Seconds from now; undefined or null for a token that never expires. */
  expirySecs?: number | null | undefined
}

export function createAdminToken(http: Http, input: CreateAdminTokenInput, { signal }: Options = {}): Promise<CreatedToken> {
  const json: CreateNamedAdminTokenBody = { token_name: input.name, ...expiryField(input.expirySecs) }
  return created(http, { method: 'POST', path: '/api/v3/configure/token/named_admin', json, signal })
}

export interface CreateResourceTokenInput {
  name: string
  permissions: Permission[]
  expirySecs?: number | null | undefined
}

function toPermissionWire(permission: Permission): PermissionDetailsWire {
  const type = permission.resourceType
  if (type !== 'db' && type !== 'system') {
    throw new TypeError(`A resource token carries db and system permissions, not ${type}`)
  }
  return {
    resource_type: type,
    resource_names: permission.resourceNames,
    actions: permission.actions,
  }
}

/** Enterprise only: a token scoped to databases and/or system endpoints. */
export function createResourceToken(
  http: Http,
  input: CreateResourceTokenInput,
  { signal }: Options = {},
): Promise<CreatedToken> {
  const json: CreateResourceTokenBody = {
    token_name: input.name,
    permissions: input.permissions.map(toPermissionWire),
    ...expiryField(input.expirySecs),
  }
  return created(http, { method: 'POST', path: '/api/v3/enterprise/configure/token', json, signal })
}

/** Replaces the operator token's secret; the old string stops working at once. */
export function regenerateOperatorToken(http: Http, { signal }: Options = {}): Promise<CreatedToken> {
  return created(http, { method: 'POST', path: '/api/v3/configure/token/admin/regenerate', signal })
}

export async function deleteToken(http: Http, name: string, { signal }: Options = {}): Promise<void> {
  await http.send({ method: 'DELETE', path: '/api/v3/configure/token', query: { token_name: name }, signal })
}
