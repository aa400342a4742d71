/**
 * A token's permissions in every product's terms: actions on resources of one type, by name or
 * all of them. Each product maps its own wire form onto this (InfluxDB 3's `db:a,b:read`,
 * InfluxDB 2's `{action, resource: {type, id, orgID}}`, the management API's `{action,
 * resource}`); screens read only these words.
 */
export interface Permission {
  /**
   * `db` for databases (InfluxDB 2's buckets), `*` for everything the server can grant (InfluxDB 3's
   * admin, InfluxDB 2's all-access), or the product's own type (`system`, `telegrafs`, …).
   */
  resourceType: string
  /** Resource names, or `['*']` for every resource of the type (including ones created later). */
  resourceNames: string[]
  /** Actions, e.g. `read`, `write`; `['*']` only in full access. */
  actions: string[]
  /**
   * Names among `resourceNames` that no longer resolve on the server: InfluxDB 2 keeps a grant
   * on a deleted bucket, which is then named by its id here. Absent when every name resolves.
   */
  unresolved?: string[]
}

export const WILDCARD = '*'
/** The resource type of databases (and InfluxDB 2's buckets) in every product. */
export const DATABASE_RESOURCE = 'db'
/** Everything the server can grant. */
export const FULL_ACCESS: Permission = { resourceType: WILDCARD, resourceNames: [WILDCARD], actions: [WILDCARD] }

export function isFullAccess(permissions: readonly Permission[]): boolean {
  return permissions.some((p) => p.resourceType === WILDCARD)
}
