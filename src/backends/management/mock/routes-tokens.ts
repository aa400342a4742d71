/**
 * Database tokens (Cloud Dedicated OpenAPI `CreateDatabaseToken` and siblings; docs-v2
 * `admin/tokens/database/*.md`). Create answers 200 with `accessToken`, the only answer that
 * carries it; PATCH replaces the whole permission set and answers the whole token; DELETE
 * answers 204 and revokes: the token stays, listed and readable, with `revokedAt`.
 */
import { sha512Hex } from '../sha512'
import type { PermissionWire } from '../wire'
import type { Collection, RouteContext } from './context'
import { newAccessToken, uuidV4 } from './crypto'
import { fail, json, noContent, NOT_FOUND, readObject } from './responses'
import { type TokenRecord, tokenToWire } from './store'

const HAS_ZONE = /(?:Z|[+-]\d{2}:\d{2})$/i

function readDescription(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(400, 'description is required')
  return value
}

/** `[{action: read|write, resource: <database>|*}]`; `[]` is a token with no access. */
function readPermissions(value: unknown): PermissionWire[] {
  if (!Array.isArray(value)) return fail(400, 'permissions must be an array')
  return value.map((item: unknown) => {
    const { action, resource } = (item ?? {}) as Record<string, unknown>
    // The spec leaves `action` an open string; only read and write are documented.
    if (action !== 'read' && action !== 'write') return fail(400, 'permission action must be read or write')
    if (typeof resource !== 'string' || resource === '') return fail(400, 'permission resource must be a database name or *')
    return { action, resource }
  })
}

/**
 * The expiry of a create, in both documented forms: the OpenAPI's `{expiresAt}` and the docs'
 * `{expirationType: "datetime", expiresAt}` / `{expirationType: "noExpiration"}`; neither field
 * is a token that never expires (InfluxData's MCP server sends neither). One docs example
 * writes the key `"expiresAt:"`; it is read as `expiresAt`.
 */
function readExpiry(body: Record<string, unknown>, now: number): number | null {
  const type = body.expirationType
  const at = body.expiresAt ?? body['expiresAt:']
  if (type !== undefined && type !== 'datetime' && type !== 'noExpiration') {
    return fail(400, 'expirationType must be datetime or noExpiration')
  }
  if (type === 'noExpiration') {
    if (at !== undefined && at !== null) return fail(400, 'expiresAt is not allowed with noExpiration')
    return null
  }
  if (at === undefined || at === null) {
    if (type === 'datetime') return fail(400, 'expiresAt is required with datetime')
    return null
  }
  const ms = typeof at === 'string' && HAS_ZONE.test(at) ? Date.parse(at) : Number.NaN
  if (Number.isNaN(ms)) return fail(400, 'expiresAt must be an RFC 3339 date-time')
  if (ms <= now) return fail(400, 'expiresAt must be in the future')
  return ms
}

function find({ state, key }: RouteContext): TokenRecord {
  const token = key === null ? undefined : state.store.tokens.get(key)
  return token ?? fail(404, NOT_FOUND)
}

async function create(context: RouteContext): Promise<Response> {
  const { state, request, ids } = context
  const body = await readObject(request)
  const now = state.now()
  const record: TokenRecord = {
    id: uuidV4(),
    description: readDescription(body.description),
    permissions: body.permissions === undefined ? [] : readPermissions(body.permissions),
    createdAt: now,
    expiresAt: readExpiry(body, now),
    revokedAt: null,
    hash: null,
  }
  const accessToken = newAccessToken()
  record.hash = await sha512Hex(accessToken)
  state.store.addToken(record)
  return json(200, { ...tokenToWire(record, ids), accessToken })
}

async function update(context: RouteContext): Promise<Response> {
  const token = find(context)
  const body = await readObject(context.request)
  const description = body.description === undefined ? undefined : readDescription(body.description)
  const permissions = body.permissions === undefined ? undefined : readPermissions(body.permissions)
  if (description === undefined && permissions === undefined) return fail(400, 'give a description or permissions')
  // Unverified: what a live server answers for a revoked token (409 is documented for PATCH).
  if (token.revokedAt !== null) return fail(409, 'the token is revoked')
  if (description !== undefined) token.description = description
  if (permissions !== undefined) token.permissions = permissions
  return json(200, tokenToWire(token, context.ids))
}

/** Revocation is immediate and irreversible; revoking again changes nothing (unverified). */
function revoke(context: RouteContext): Response {
  const token = find(context)
  token.revokedAt ??= context.state.now()
  return noContent()
}

export const tokenRoutes: Collection = {
  list: {
    // Revoked tokens too: the API has no filter (whether a live server lists them is unverified).
    GET: ({ state, ids }) =>
      json(
        200,
        [...state.store.tokens.values()].map((token) => tokenToWire(token, ids)),
      ),
    POST: create,
  },
  item: {
    GET: (context) => json(200, tokenToWire(find(context), context.ids)),
    PATCH: update,
    DELETE: revoke,
  },
}
