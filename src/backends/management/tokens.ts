/**
 * Database token endpoints of the management API (OpenAPI operations `GetDatabaseTokens`,
 * `GetDatabaseToken`, `CreateDatabaseToken`, `UpdateDatabaseToken`, `DeleteDatabaseToken`).
 * Create answers 200 with `accessToken`, the only time the string exists; delete answers 204
 * and revokes: the token stays, with `revokedAt`.
 */
import * as z from 'zod/mini'

import type { Permission } from '../../lib/permission'
import { formatRfc3339 } from '../../lib/time'
import type { CreatedToken, Token } from '../domain'
import { decodeJson, type RequestSpec } from '../http/http'
import { parseTimestamp, parseTimestampMs } from '../http/parse'
import type { Router } from './paths'
import { fromWire, toWire } from './permissions'
import { sha512Hex } from './sha512'
import {
  createdTokenWire,
  type CreateTokenBody,
  type PermissionWire,
  type TokenWire,
  tokenWire,
  type UpdateTokenBody,
} from './wire'

interface Options {
  signal?: AbortSignal | undefined
}

/**
 * How a create asks for an expiry. The OpenAPI spec has only `expiresAt`; the docs' prose and
 * curl examples (`admin/tokens/database/create.md`) also send `"expirationType": "datetime"`,
 * a field from the management service's own spec. Which one a live server requires is
 * unverified: `expiration-type` (the default) sends both fields, `expires-at` only the spec's.
 * A token that never expires is asked for with neither field, as InfluxData's MCP server does.
 */
export type ExpiryForm = 'expiration-type' | 'expires-at'

/** Parsed permissions by their wire text: tokens with the same grants share one read-only list. */
type PermissionCache = Map<string, { text: string; parsed: Permission[] }>

function sharedPermissions(entries: readonly PermissionWire[], cache: PermissionCache) {
  const text = JSON.stringify(entries)
  let entry = cache.get(text)
  if (!entry) {
    entry = { text, parsed: fromWire(entries) }
    cache.set(text, entry)
  }
  return entry
}

function toToken(wire: TokenWire, spec: RequestSpec, cache: PermissionCache): Token {
  const { text, parsed } = sharedPermissions(wire.permissions, cache)
  const revokedAt = wire.revokedAt == null ? undefined : parseTimestampMs(wire.revokedAt, spec, 'revokedAt')
  return {
    id: wire.id,
    name: wire.description,
    fingerprint: undefined,
    createdAt: parseTimestampMs(wire.createdAt, spec, 'createdAt'),
    expiresAt: wire.expiresAt == null ? undefined : parseTimestampMs(wire.expiresAt, spec, 'expiresAt'),
    permissions: parsed,
    permissionsText: text,
    status: revokedAt === undefined ? 'active' : 'revoked',
    revokedAt,
  }
}

const tokenPath = (id: string) => `/tokens/${encodeURIComponent(id)}`

/** Every token, revoked ones included (the API has no filter; whether it lists them is unverified). */
export async function listTokens(router: Router, { signal }: Options = {}): Promise<Token[]> {
  const { response, spec } = await router.send({ method: 'GET', path: '/tokens', signal })
  const cache: PermissionCache = new Map()
  return decodeJson(response, spec, z.array(tokenWire)).map((wire) => toToken(wire, spec, cache))
}

export async function getToken(router: Router, id: string, { signal }: Options = {}): Promise<Token> {
  const { response, spec } = await router.send({ method: 'GET', path: tokenPath(id), signal })
  return toToken(decodeJson(response, spec, tokenWire), spec, new Map())
}

export interface CreateTokenInput {
  description: string
  permissions: readonly Permission[]
  /** Null for a token that never expires. */
  expiresAt: Date | null
}

export function createTokenBody(input: CreateTokenInput, form: ExpiryForm): CreateTokenBody {
  const body: CreateTokenBody = { description: input.description, permissions: toWire(input.permissions) }
  if (input.expiresAt === null) return body
  return {
    ...body,
    ...(form === 'expiration-type' ? { expirationType: 'datetime' as const } : {}),
    expiresAt: formatRfc3339(input.expiresAt),
  }
}

export async function createToken(
  router: Router,
  input: CreateTokenInput,
  form: ExpiryForm,
  { signal }: Options = {},
): Promise<CreatedToken> {
  const json = createTokenBody(input, form)
  const { response, spec } = await router.send({ method: 'POST', path: '/tokens', json, signal })
  const wire = decodeJson(response, spec, createdTokenWire)
  return {
    id: wire.id,
    name: wire.description,
    secret: wire.accessToken,
    // The server keeps only this hash (docs-v2 `reference/internals/security.md`) and never sends it.
    hash: await sha512Hex(wire.accessToken),
    createdAt: parseTimestamp(wire.createdAt, spec, 'createdAt'),
    expiresAt: wire.expiresAt == null ? undefined : parseTimestamp(wire.expiresAt, spec, 'expiresAt'),
  }
}

/** PATCH answers the whole token; `permissions` replaces the set (`[]` clears it). */
export async function updateToken(
  router: Router,
  id: string,
  change: { description?: string; permissions?: readonly Permission[] },
  { signal }: Options = {},
): Promise<Token> {
  const json: UpdateTokenBody = {
    ...(change.description === undefined ? {} : { description: change.description }),
    ...(change.permissions === undefined ? {} : { permissions: toWire(change.permissions) }),
  }
  if (Object.keys(json).length === 0) throw new TypeError('A token update needs a description or permissions')
  const { response, spec } = await router.send({ method: 'PATCH', path: tokenPath(id), json, signal })
  return toToken(decodeJson(response, spec, tokenWire), spec, new Map())
}

/** Revokes at once and for good; the token stays listed with `revokedAt`. */
export async function revokeToken(router: Router, id: string, { signal }: Options = {}): Promise<void> {
  await router.send({ method: 'DELETE', path: tokenPath(id), signal })
}
