/**
 * `/api/v2/authorizations` (influxdata/influxdb
 * `authorization/http_server.go`, `middleware_auth.go`, `authorizer/authorize_find.go`).
 */
import { allowed, INSTANCE, type Permission, permissionText } from './permissions'
import { authBody } from './responses'
import { authorize, callerOf, mayRead, read, type RouteContext, write } from './server-state'
import type { AuthRecord, Status } from './store'
import { fail, isRecord, jsonResponse, noContent, parseId, readJson } from './wire-format'

function parseStatus(value: unknown, message: string): Status | undefined {
  if (value === undefined || value === '') return undefined
  if (value === 'active' || value === 'inactive') return value
  return fail('invalid', message)
}

function optionalId(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  return parseId(typeof value === 'string' ? value : JSON.stringify(value))
}

/** One permission of a create body, checked as `Permission.Valid` does. */
function parsePermission(value: unknown, types: readonly string[]): Permission {
  const entry = isRecord(value) ? value : {}
  const resource = isRecord(entry.resource) ? entry.resource : {}
  if (typeof resource.type !== 'string' || !types.includes(resource.type)) {
    fail('invalid', 'invalid resource type for permission: unknown resource type for permission')
  }
  if (entry.action !== 'read' && entry.action !== 'write') {
    fail('invalid', 'invalid action type for permission: unknown action for permission')
  }
  return {
    action: entry.action,
    resource: { type: resource.type, id: optionalId(resource.id), orgID: optionalId(resource.orgID) },
  }
}

async function create(context: RouteContext): Promise<Response> {
  const caller = callerOf(context)
  const { store, resourceTypes } = context.state
  const body = await readJson(context.request)
  const input = isRecord(body) ? body : {}
  const rawPermissions = Array.isArray(input.permissions) ? input.permissions : []
  if (rawPermissions.length === 0) fail('invalid', 'authorization must include permissions')
  const permissions = rawPermissions.map((value) => parsePermission(value, resourceTypes))
  let orgID: string | undefined
  try {
    orgID = optionalId(input.orgID)
  } catch {
    orgID = undefined
  }
  if (orgID === undefined) return fail('invalid', 'org id required: invalid ID')
  const status = parseStatus(input.status, 'invalid status: must be active or inactive') ?? 'active'
  const description = typeof input.description === 'string' ? input.description : ''
  const userID = optionalId(input.userID) ?? caller.user.id

  authorize(caller, write('authorizations', { orgID }))
  authorize(caller, write('users', { id: userID }))
  for (const permission of permissions) {
    if (!allowed(caller.auth.permissions, permission)) {
      const text = permissionText(permission)
      fail('forbidden', `permission ${text} is not allowed: ${text} is unauthorized`)
    }
  }
  if (permissions.some((p) => p.resource.type === INSTANCE)) {
    fail('internal error', 'authorizations cannot be created with the instance type, it is only used during setup')
  }
  if (!store.orgs.has(orgID) || !store.users.has(userID)) fail('invalid', 'unable to create token')
  const foreign = permissions.find((p) => p.resource.orgID !== undefined && p.resource.orgID !== orgID)
  if (foreign !== undefined) fail('invalid', `permission ${permissionText(foreign)} is not for org id ${orgID}`)

  const auth = store.addAuth({ status, description, orgID, userID, permissions })
  return jsonResponse(201, authBody(context.state, auth, true))
}

function find(context: RouteContext): AuthRecord {
  const auth = context.state.store.auths.get(parseId(context.params.id))
  return auth ?? fail('not found', 'authorization not found')
}

function list(context: RouteContext): Response {
  const caller = callerOf(context)
  const { store, flavor } = context.state
  const query = context.url.searchParams
  const byId = query.get('id') ? parseId(query.get('id')) : undefined
  let userID = query.get('userID') ? parseId(query.get('userID')) : undefined
  let orgID = query.get('orgID') ? parseId(query.get('orgID')) : undefined
  const userName = query.get('user')
  const orgName = query.get('org')
  if (userID === undefined && userName) userID = (store.userNamed(userName) ?? fail('not found', 'user not found')).id
  if (orgID === undefined && orgName) {
    orgID = (store.orgNamed(orgName) ?? fail('not found', `organization name "${orgName}" not found`)).id
  }
  // Cloud filters by token value; OSS ignores the parameter (influxdata/influxdb#23857).
  const token = flavor === 'cloud-serverless' ? query.get('token') : null
  const authorizations = []
  for (const auth of store.auths.values()) {
    if (byId !== undefined && auth.id !== byId) continue
    if (userID !== undefined && auth.userID !== userID) continue
    if (orgID !== undefined && auth.orgID !== orgID) continue
    if (token && auth.token !== token) continue
    if (!mayRead(caller, read('authorizations', { id: auth.id, orgID: auth.orgID }), read('users', { id: auth.userID }))) continue
    const body = authBody(context.state, auth)
    if (body !== null) authorizations.push(body)
  }
  return jsonResponse(200, { links: { self: '/api/v2/authorizations' }, authorizations })
}

function get(context: RouteContext): Response {
  const auth = find(context)
  const caller = callerOf(context)
  authorize(caller, read('authorizations', { id: auth.id, orgID: auth.orgID }))
  authorize(caller, read('users', { id: auth.userID }))
  return jsonResponse(200, authBody(context.state, auth) ?? fail('not found', 'organization not found'))
}

function mayChange(context: RouteContext, auth: AuthRecord): void {
  const caller = callerOf(context)
  authorize(caller, write('authorizations', { id: auth.id, orgID: auth.orgID }))
  authorize(caller, write('users', { id: auth.userID }))
}

/** Only `status` and `description` change; every other field of the body is ignored. */
async function update(context: RouteContext): Promise<Response> {
  const text = await context.request.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    // The update decoder returns the raw error, which has no platform code: 500.
    return fail('internal error', error instanceof Error ? error.message : String(error))
  }
  const auth = find(context)
  mayChange(context, auth)
  const input = isRecord(body) ? body : {}
  const status = parseStatus(input.status, 'encodeAuthorization: unknown authorization status')
  if (status !== undefined) auth.status = status
  if (typeof input.description === 'string') auth.description = input.description
  context.state.store.touch(auth)
  return jsonResponse(200, authBody(context.state, auth))
}

function remove(context: RouteContext): Response {
  const auth = find(context)
  mayChange(context, auth)
  context.state.store.removeAuth(auth)
  return noContent()
}

export const authorizationRoutes = [
  { method: 'GET', path: '/api/v2/authorizations', handler: list },
  { method: 'POST', path: '/api/v2/authorizations', handler: create },
  { method: 'GET', path: '/api/v2/authorizations/:id', handler: get },
  { method: 'PATCH', path: '/api/v2/authorizations/:id', handler: update },
  { method: 'DELETE', path: '/api/v2/authorizations/:id', handler: remove },
] as const
