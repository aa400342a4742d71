/**
 * Enterprise resource-token permissions: validating the `permissions` of a create request as
 * the shared catalog does (`validate_permission_specs`), and rendering stored permissions for
 * `system.tokens.permissions`.
 */
import { formatPermission, type Permission, SYSTEM_RESOURCES, WILDCARD } from '../permissions'
import type { DatabaseStore } from './database-store'
import type { TokenPermission } from './token-store'

/** One entry of `permissions` in `POST /api/v3/enterprise/configure/token`. */
export interface PermissionSpec {
  resource_type: string
  resource_names: readonly string[]
  actions: readonly string[]
}

export type ResolveResult = { ok: true; permissions: TokenPermission[] } | { ok: false; detail: string }

/** The order in which the server prints database actions. */
const DATABASE_ACTION_ORDER = ['create', 'describe', 'update', 'drop', 'read', 'write', 'delete']
const ACCEPTED_DATABASE_ACTIONS = new Set(['read', 'write', 'create', 'describe', 'delete'])

function resolveOne(spec: PermissionSpec, databases: DatabaseStore): TokenPermission | string {
  const type = spec.resource_type
  if (type === WILDCARD) return '* resource type can only be set for admin token'
  if (type !== 'db' && type !== 'system') return `resource type not supported ${type}`
  const names = [...spec.resource_names]
  // Empty name or action lists have no documented server message; the mock refuses them.
  if (names.length === 0) return 'no resource names given'
  if (spec.actions.length === 0) return 'no actions given'
  if (names.includes(WILDCARD) && names.length > 1) return 'mixed wildcard (*) and resource name'
  const wildcard = names.includes(WILDCARD)
  if (type === 'db') {
    const badAction = spec.actions.find((action) => !ACCEPTED_DATABASE_ACTIONS.has(action))
    if (badAction !== undefined) return `action not supported, database action ${badAction}`
    const databaseIds: number[] = []
    if (!wildcard) {
      for (const name of names) {
        const db = databases.active(name)
        if (db === undefined) return `invalid resource name ${name}`
        databaseIds.push(db.id)
      }
    }
    const actions = DATABASE_ACTION_ORDER.filter((action) => spec.actions.includes(action))
    return wildcard
      ? { resourceType: 'db', resourceNames: names, actions }
      : { resourceType: 'db', resourceNames: names, actions, databaseIds }
  }
  const badAction = spec.actions.find((action) => action !== 'read')
  if (badAction !== undefined) return `action not supported, system action ${badAction}`
  const resources: readonly string[] = SYSTEM_RESOURCES
  const badName = names.find((name) => name !== WILDCARD && !resources.includes(name.toLowerCase()))
  if (badName !== undefined) return `invalid resource name ${badName}`
  return { resourceType: 'system', resourceNames: names.map((name) => name.toLowerCase()), actions: ['read'] }
}

export function resolvePermissionSpecs(specs: readonly PermissionSpec[], databases: DatabaseStore): ResolveResult {
  if (specs.length === 0) return { ok: false, detail: 'no permissions given' }
  const permissions: TokenPermission[] = []
  for (const spec of specs) {
    const resolved = resolveOne(spec, databases)
    if (typeof resolved === 'string') return { ok: false, detail: resolved }
    permissions.push(resolved)
  }
  return { ok: true, permissions }
}

export function toPermissionSpec(permission: Permission): PermissionSpec {
  return { resource_type: permission.resourceType, resource_names: permission.resourceNames, actions: permission.actions }
}

/**
 * `system.tokens.permissions`. Admin tokens show `*:*:*`. For resource tokens the real format is
 * unverified (no public source shows an Enterprise row): one permission prints as `db:a,b:read,write`, several as a JSON
 * array of such strings — the console must parse both.
 */
export function renderPermissions(permissions: readonly TokenPermission[]): string {
  const admin = permissions.find((p) => p.resourceType === WILDCARD)
  if (admin !== undefined) return formatPermission(admin)
  const texts = permissions.map(formatPermission)
  return texts.length === 1 ? (texts[0] ?? '') : JSON.stringify(texts)
}
