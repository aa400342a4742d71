/**
 * Token endpoints (influxdata/influxdb `influxdb3_server/src/http.rs`): bootstrap the operator token, named admin tokens,
 * regenerate, delete, and Enterprise resource tokens.
 */
import { formatRfc3339 } from '../../../lib/time'
import { requireAdmin } from './authz'
import { type JsonBody, readJsonBody, requireJsonContentType, requireQueryParam } from './request-input'
import { type PermissionSpec, resolvePermissionSpecs } from './resource-permissions'
import { emptyResponse, fail, jsonResponse, resourceNotFound } from './responses'
import type { RouteContext, RouteTable, ServerState } from './server-state'
import { ADMIN_PERMISSIONS, type IssuedToken, OPERATOR_TOKEN_NAME, type TokenPermission } from './token-store'

/** The latest instant a JS Date (and, near enough, the server's chrono time) can hold. */
const MAX_TIME_MS = 8_640_000_000_000_000

/** Absolute expiry for `expiry_secs`; like the server's `checked_add`, overflow means never. */
function expiryAfter(now: number, expirySecs: number | null): number | null {
  if (expirySecs === null) return null
  const expiry = now + expirySecs * 1000
  return expiry > MAX_TIME_MS ? null : expiry
}

/** 201 with the literal header `Content-Type: json`. */
function tokenCreated({ secret, record }: IssuedToken): Response {
  const body = {
    id: record.id,
    name: record.name,
    token: secret,
    hash: record.hash,
    created_at: formatRfc3339(new Date(record.createdAt)),
    expiry: record.expiry === null ? null : formatRfc3339(new Date(record.expiry)),
  }
  return jsonResponse(201, body, 'json')
}

function ensureNameFree(state: ServerState, name: string): void {
  if (state.tokens.byName(name) !== undefined) fail(409, `token name already exists, ${name}`)
}

/** One clock reading for both times: the expiry is exactly `expirySecs` after the creation. */
async function issue(
  state: ServerState,
  name: string,
  expirySecs: number | null,
  permissions: readonly TokenPermission[],
): Promise<Response> {
  const now = state.now()
  const expiry = expiryAfter(now, expirySecs)
  const issued = await state.tokens.issue({
    name,
    createdAt: now,
    updatedAt: null,
    updatedBy: null,
    createdBy: null,
    description: null,
    expiry,
    permissions,
  })
  return tokenCreated(issued)
}

async function createOperatorToken({ state }: RouteContext): Promise<Response> {
  ensureNameFree(state, OPERATOR_TOKEN_NAME)
  return issue(state, OPERATOR_TOKEN_NAME, null, ADMIN_PERMISSIONS)
}

async function createNamedAdminToken({ state, caller, request }: RouteContext): Promise<Response> {
  requireAdmin(state.flavor, caller)
  requireJsonContentType(request)
  const body = await readJsonBody(request, 'CreateNamedAdminTokenRequest')
  const name = body.string('token_name')
  const expirySecs = body.optionalU64('expiry_secs')
  ensureNameFree(state, name)
  return issue(state, name, expirySecs, ADMIN_PERMISSIONS)
}

async function regenerateOperatorToken({ state, caller }: RouteContext): Promise<Response> {
  requireAdmin(state.flavor, caller)
  return regenerateOperator(state)
}

/** Shared by the main listener and the recovery listener (which has no authentication). */
export async function regenerateOperator(state: ServerState): Promise<Response> {
  const record = state.tokens.byName(OPERATOR_TOKEN_NAME)
  if (record === undefined) return fail(500, 'missing admin token, cannot update')
  const secret = await state.tokens.regenerate(record, state.now())
  return tokenCreated({ secret, record })
}

function deleteToken({ state, caller, url }: RouteContext): Response {
  requireAdmin(state.flavor, caller)
  const name = requireQueryParam(url, 'token_name')
  if (name === OPERATOR_TOKEN_NAME) return fail(405, 'cannot delete operator token')
  const record = state.tokens.byName(name) ?? resourceNotFound(name)
  state.tokens.delete(record)
  return emptyResponse(200)
}

function stringList(body: JsonBody, value: unknown, field: string): string[] {
  if (value === undefined) return body.missing(field)
  if (!Array.isArray(value)) return body.invalidType(value, 'a sequence')
  return value.map((item: unknown) => (typeof item === 'string' ? item : body.invalidType(item, 'a string')))
}

function permissionSpecs(body: JsonBody): PermissionSpec[] {
  const value = body.value.permissions
  if (value === undefined) return body.missing('permissions')
  if (!Array.isArray(value)) return body.invalidType(value, 'a sequence')
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return body.invalidType(item, 'struct PermissionDetailsApi')
    }
    const entry = item as Record<string, unknown>
    const type = entry.resource_type
    if (type === undefined) return body.missing('resource_type')
    if (typeof type !== 'string') return body.invalidType(type, 'a string')
    return {
      resource_type: type,
      resource_names: stringList(body, entry.resource_names, 'resource_names'),
      actions: stringList(body, entry.actions, 'actions'),
    }
  })
}

async function createResourceToken({ state, caller, request }: RouteContext): Promise<Response> {
  requireAdmin(state.flavor, caller)
  requireJsonContentType(request)
  const body = await readJsonBody(request, 'CreateTokenWithPermissionsRequest')
  const name = body.string('token_name')
  const specs = permissionSpecs(body)
  const expirySecs = body.optionalU64('expiry_secs')
  const resolved = resolvePermissionSpecs(specs, state.databases)
  // The status of these catalog errors is unverified (Enterprise's source is not public): Core's generic mapping
  // would give 500; the mock answers 400, which is what a client should treat them as.
  if (!resolved.ok) return fail(400, `cannot parse token permission, ${resolved.detail}`)
  ensureNameFree(state, name)
  return issue(state, name, expirySecs, resolved.permissions)
}

export const BOOTSTRAP_PATH = '/api/v3/configure/token/admin'

export function tokenRoutes(flavor: ServerState['flavor']): RouteTable {
  const routes: RouteTable = {
    [BOOTSTRAP_PATH]: { POST: createOperatorToken },
    '/api/v3/configure/token/named_admin': { POST: createNamedAdminToken },
    '/api/v3/configure/token/admin/regenerate': { POST: regenerateOperatorToken },
    '/api/v3/configure/token': { DELETE: deleteToken },
  }
  if (flavor === 'enterprise') routes['/api/v3/enterprise/configure/token'] = { POST: createResourceToken }
  return routes
}
