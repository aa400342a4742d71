/** The mock's answer bodies, in the server's key order (influxdata/influxdb `authorization/http_server.go`, `tenant/http_server_*.go`). */
import type { Permission } from './permissions'
import type { ServerState } from './server-state'
import type { AuthRecord, BucketRecord, OrgRecord, UserRecord } from './store'

/** What list and get show of a token string after creation (see `TokenDisplay`). */
function displayedToken(state: ServerState, auth: AuthRecord): string {
  if (state.tokenDisplay === 'oss-legacy') return auth.token
  return state.tokenDisplay === 'cloud' ? 'redacted' : ''
}

/** `name` for ids of buckets, orgs and users that still resolve; `org` for an org id that does. */
function permissionBody(state: ServerState, { action, resource }: Permission) {
  const { store } = state
  const { type, id, orgID } = resource
  let name: string | undefined
  if (id !== undefined) {
    if (type === 'buckets') name = store.buckets.get(id)?.name
    else if (type === 'orgs') name = store.orgs.get(id)?.name
    else if (type === 'users') name = store.users.get(id)?.name
  }
  const org = orgID === undefined ? undefined : store.orgs.get(orgID)?.name
  return { action, resource: { type, id, orgID, name, org } }
}

/**
 * An authorization as the server answers it, or null when its org or owner no longer resolves
 * (the list then skips it). `fresh` is the create answer: the only one with the real string.
 */
export function authBody(state: ServerState, auth: AuthRecord, fresh = false) {
  const org = state.store.orgs.get(auth.orgID)
  const user = state.store.users.get(auth.userID)
  if (org === undefined || user === undefined) return null
  return {
    id: auth.id,
    token: fresh ? auth.token : displayedToken(state, auth),
    status: auth.status,
    description: auth.description,
    orgID: auth.orgID,
    org: org.name,
    userID: auth.userID,
    user: user.name,
    permissions: auth.permissions.map((permission) => permissionBody(state, permission)),
    links: { self: `/api/v2/authorizations/${auth.id}`, user: `/api/v2/users/${auth.userID}` },
    createdAt: auth.createdAt,
    updatedAt: auth.updatedAt,
  }
}

export function userBody(user: UserRecord) {
  return { id: user.id, name: user.name, status: user.status, links: { self: `/api/v2/users/${user.id}` } }
}

export function orgBody(org: OrgRecord) {
  const base = `/api/v2/orgs/${org.id}`
  return {
    links: {
      self: base,
      logs: `${base}/logs`,
      members: `${base}/members`,
      owners: `${base}/owners`,
      secrets: `${base}/secrets`,
      labels: `${base}/labels`,
      buckets: `/api/v2/buckets?org=${encodeURIComponent(org.name)}`,
      tasks: `/api/v2/tasks?org=${encodeURIComponent(org.name)}`,
      dashboards: `/api/v2/dashboards?org=${encodeURIComponent(org.name)}`,
    },
    id: org.id,
    name: org.name,
    description: org.description,
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  }
}

export function bucketBody(bucket: BucketRecord) {
  const base = `/api/v2/buckets/${bucket.id}`
  const hasRule = bucket.retentionSeconds > 0 || bucket.shardGroupSeconds > 0
  return {
    id: bucket.id,
    orgID: bucket.orgID,
    type: bucket.type,
    description: bucket.description === '' ? undefined : bucket.description,
    name: bucket.name,
    retentionRules: hasRule
      ? [{ type: 'expire', everySeconds: bucket.retentionSeconds, shardGroupDurationSeconds: bucket.shardGroupSeconds }]
      : [],
    createdAt: bucket.createdAt,
    updatedAt: bucket.updatedAt,
    links: {
      self: base,
      org: `/api/v2/orgs/${bucket.orgID}`,
      members: `${base}/members`,
      owners: `${base}/owners`,
      labels: `${base}/labels`,
      write: `/api/v2/write?org=${bucket.orgID}&bucket=${bucket.id}`,
    },
    labels: [],
  }
}
