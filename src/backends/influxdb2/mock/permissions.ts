/**
 * InfluxDB 2's permissions as the mock stores and checks them (influxdata/influxdb `authz.go`):
 * an action on a resource `{type, id?, orgID?}`; `matches` is the server's `matchesV1`, and
 * `permissionText` its `Permission.String`, which error messages quote.
 */

export type Action = 'read' | 'write'

export interface Resource {
  type: string
  id?: string | undefined
  orgID?: string | undefined
}

export interface Permission {
  action: Action
  resource: Resource
}

/** OSS 2.x `AllResourceTypes`, in the server's order; `GET /api/v2/resources` answers exactly this. */
export const OSS_RESOURCE_TYPES = [
  'authorizations',
  'buckets',
  'dashboards',
  'orgs',
  'sources',
  'tasks',
  'telegrafs',
  'users',
  'variables',
  'scrapers',
  'secrets',
  'labels',
  'views',
  'documents',
  'notificationRules',
  'notificationEndpoints',
  'checks',
  'dbrp',
  'notebooks',
  'annotations',
  'remotes',
  'replications',
  'instance',
] as const

/**
 * The Cloud spec's `Resource.type` enum adds these to the OSS list. What Cloud's own
 * `/api/v2/resources` answers is unverified (no public source shows it), so the mock's list is
 * an option; this is its default for `cloud-serverless`.
 */
export const CLOUD_RESOURCE_TYPES = [...OSS_RESOURCE_TYPES.slice(0, -1), 'flows', 'functions', 'subscriptions', 'instance']

export const INSTANCE = 'instance'

/** `Resource.String`: `orgs/<orgID>/<type>/<id>`, `orgs/<orgID>/<type>`, `<type>/<id>` or `<type>`. */
export function resourceText({ type, id, orgID }: Resource): string {
  if (orgID !== undefined && id !== undefined) return `orgs/${orgID}/${type}/${id}`
  if (orgID !== undefined) return `orgs/${orgID}/${type}`
  if (id !== undefined) return `${type}/${id}`
  return type
}

export function permissionText(permission: Permission): string {
  return `${permission.action}:${resourceText(permission.resource)}`
}

/** Does the held permission `held` grant `wanted`? (`matchesV1`.) */
export function matches(held: Permission, wanted: Permission): boolean {
  if (held.action !== wanted.action) return false
  if (held.resource.type === INSTANCE) return true
  if (held.resource.type !== wanted.resource.type) return false
  const { id, orgID } = held.resource
  if (orgID === undefined && id === undefined) return true
  if (orgID !== undefined && id === undefined && wanted.resource.orgID === orgID) return true
  return id !== undefined && wanted.resource.id === id
}

export function allowed(held: readonly Permission[], wanted: Permission): boolean {
  return held.some((permission) => matches(permission, wanted))
}

/** Every type but `instance`, read and write, in no org: what setup gives the operator (`OperPermissions`). */
export function operatorPermissions(types: readonly string[]): Permission[] {
  return types
    .filter((type) => type !== INSTANCE)
    .flatMap((type) => (['read', 'write'] as const).map((action) => ({ action, resource: { type } })))
}

/**
 * The UI's "All Access" set (influxdata/ui `src/authorizations/utils/permissions.ts`): every type
 * but `instance` read and write in the org, except `orgs` (read, by id) and `users` (read and
 * write on the owner only).
 */
export function allAccessPermissions(types: readonly string[], orgID: string, userID: string): Permission[] {
  return types
    .filter((type) => type !== INSTANCE)
    .flatMap((type): Permission[] => {
      if (type === 'orgs') return [{ action: 'read', resource: { type, id: orgID } }]
      const resource = type === 'users' ? { type, id: userID } : { type, orgID }
      return [
        { action: 'read', resource },
        { action: 'write', resource },
      ]
    })
}
