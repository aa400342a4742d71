/**
 * The endpoints a token screen needs beside authorizations (influxdata/influxdb `tenant/http_server_{user,org}.go`, `http/resources.go`).
 */
import { orgBody, userBody } from './responses'
import { authorize, callerOf, mayRead, read, type RouteContext } from './server-state'
import { fail, jsonResponse, parseId } from './wire-format'

/** The caller's own user; needs `read users/<self>`, which narrow custom tokens lack (401). */
function me(context: RouteContext): Response {
  const { user } = callerOf(context)
  authorize(callerOf(context), read('users', { id: user.id }))
  return jsonResponse(200, userBody(user))
}

/** Orgs the caller may read, filtered by `org` (name), `orgID` and `userID`; a name or id that matches none is 404. */
function orgs(context: RouteContext): Response {
  const caller = callerOf(context)
  const { store } = context.state
  const query = context.url.searchParams
  const orgID = query.get('orgID') ? parseId(query.get('orgID')) : undefined
  const name = query.get('org')
  const userID = query.get('userID') ? parseId(query.get('userID')) : undefined
  const found = [...store.orgs.values()].filter(
    (org) =>
      (orgID === undefined || org.id === orgID) &&
      (!name || org.name === name) &&
      (userID === undefined || [...store.auths.values()].some((a) => a.userID === userID && a.orgID === org.id)),
  )
  if (orgID !== undefined && found.length === 0) fail('not found', 'organization not found')
  if (name && found.length === 0) fail('not found', `organization name "${name}" not found`)
  const visible = found.filter((org) => mayRead(caller, read('orgs', { id: org.id })))
  return jsonResponse(200, { links: { self: '/api/v2/orgs' }, orgs: visible.map(orgBody) })
}

/** One org: an explicit check, so an inactive token is refused here (401 `token is inactive`) rather than filtered. */
function org(context: RouteContext): Response {
  const found = context.state.store.orgs.get(parseId(context.params.id)) ?? fail('not found', 'organization not found')
  authorize(callerOf(context), read('orgs', { id: found.id }))
  return jsonResponse(200, orgBody(found))
}

function users(context: RouteContext): Response {
  const caller = callerOf(context)
  const visible = [...context.state.store.users.values()].filter((user) => mayRead(caller, read('users', { id: user.id })))
  return jsonResponse(200, { links: { self: '/api/v2/users' }, users: visible.map(userBody) })
}

/** Every resource type the server knows; any valid token may ask. */
function resources(context: RouteContext): Response {
  callerOf(context)
  return jsonResponse(200, context.state.resourceTypes)
}

export const tenantRoutes = [
  { method: 'GET', path: '/api/v2/me', handler: me },
  { method: 'GET', path: '/api/v2/orgs', handler: orgs },
  { method: 'GET', path: '/api/v2/orgs/:id', handler: org },
  { method: 'GET', path: '/api/v2/users', handler: users },
  { method: 'GET', path: '/api/v2/resources', handler: resources },
] as const
