/**
 * InfluxDB 2's permissions (`{action, resource: {type, id?, orgID?}}`, one action each) in the
 * console's terms (`lib/permission.ts`) and back.
 * - Buckets are the `db` resource type, named by bucket name; a grant on a bucket id that no
 *   longer resolves keeps the id as its name and lists it in `unresolved`.
 * - Other types keep their v2 name; a resource without `id` is every one of the type (`['*']`).
 * - A set covering every type of `/api/v2/resources` (but `instance`) in the org, read and write,
 *   is full access: the operator token (no org, every type) and the UI's All Access set, whose
 *   `orgs` is read-only by id and whose `users` is the owner only (influxdata/ui
 *   `src/authorizations/utils/permissions.ts`).
 */
import { DATABASE_RESOURCE, FULL_ACCESS, type Permission, WILDCARD } from '../../lib/permission'
import type { PermissionBody, PermissionWire, ResourceBody } from './wire'

const BUCKETS = 'buckets'
/** Telegraf configurations: granted one by one like buckets, named by their (not unique) names. */
export const TELEGRAFS = 'telegrafs'
const INSTANCE = 'instance'
const ACTIONS = ['read', 'write'] as const

export interface ReadContext {
  orgID: string
  /** `/api/v2/resources`. */
  resourceTypes: readonly string[]
  /** Telegraf id → name, read when a permission names one. */
  telegrafNames?: ReadonlyMap<string, string>
}

/** `Resource.String` of influxdata/influxdb `authz.go`, e.g. `read:orgs/<orgID>/buckets/<id>`. */
export function permissionText({ action, resource: { type, id, orgID } }: PermissionWire): string {
  const path =
    orgID !== undefined ? `orgs/${orgID}/${type}${id !== undefined ? `/${id}` : ''}` : id !== undefined ? `${type}/${id}` : type
  return `${action}:${path}`
}

function has(
  wire: readonly PermissionWire[],
  action: string,
  type: string,
  accept: (r: PermissionWire['resource']) => boolean,
): boolean {
  return wire.some(
    (p) => p.action === action && (p.resource.type === INSTANCE || (p.resource.type === type && accept(p.resource))),
  )
}

/** Every type in the org (or everywhere), read and write; `orgs` read on this org, `users` on anyone. */
export function isAllAccess(wire: readonly PermissionWire[], { orgID, resourceTypes }: ReadContext): boolean {
  const typeWide = (r: PermissionWire['resource']) => r.id === undefined && (r.orgID === undefined || r.orgID === orgID)
  return resourceTypes
    .filter((type) => type !== INSTANCE)
    .every((type) => {
      if (type === 'orgs') return has(wire, 'read', type, (r) => typeWide(r) || r.id === orgID)
      const accept = type === 'users' ? () => true : typeWide
      return ACTIONS.every((action) => has(wire, action, type, accept))
    })
}

function nameOf(resource: PermissionWire['resource'], context: ReadContext): { name: string; resolved: boolean } {
  if (resource.id === undefined) return { name: WILDCARD, resolved: true }
  // The server resolves a bucket's name on every answer and leaves it out once the bucket is gone
  // (influxdata/influxdb `authorization/http_server.go`, `newPermissionsResponse`); a telegraf’s it
  // never resolves.
  const name =
    resource.type === TELEGRAFS
      ? (context.telegrafNames?.get(resource.id) ?? resource.name)
      : resource.type === BUCKETS
        ? resource.name
        : (resource.name ?? resource.id)
  return name === undefined ? { name: resource.id, resolved: false } : { name, resolved: true }
}

function named(names: Set<string>): string[] {
  return names.has(WILDCARD) ? [WILDCARD] : [...names]
}

/** The console's permissions for a v2 set: grouped by type, then by action; equal name sets merge. */
export function fromWire(wire: readonly PermissionWire[], context: ReadContext): Permission[] {
  if (isAllAccess(wire, context)) return [FULL_ACCESS]
  const byType = new Map<string, { read: Set<string>; write: Set<string>; unresolved: Set<string> }>()
  for (const { action, resource } of wire) {
    if (action !== 'read' && action !== 'write') continue
    const type = resource.type === BUCKETS ? DATABASE_RESOURCE : resource.type
    const entry = byType.get(type) ?? { read: new Set<string>(), write: new Set<string>(), unresolved: new Set<string>() }
    byType.set(type, entry)
    const { name, resolved } = nameOf(resource, context)
    entry[action].add(name)
    if (!resolved) entry.unresolved.add(name)
  }
  const result: Permission[] = []
  for (const [resourceType, { read, write, unresolved }] of byType) {
    const extra = (names: string[]) => {
      const missing = names.filter((name) => unresolved.has(name))
      return missing.length > 0 ? { unresolved: missing } : {}
    }
    const [readNames, writeNames] = [named(read), named(write)]
    if (readNames.length > 0 && [...readNames].sort().join('\n') === [...writeNames].sort().join('\n')) {
      result.push({ resourceType, resourceNames: readNames, actions: ['read', 'write'], ...extra(readNames) })
      continue
    }
    if (readNames.length > 0) result.push({ resourceType, resourceNames: readNames, actions: ['read'], ...extra(readNames) })
    if (writeNames.length > 0) result.push({ resourceType, resourceNames: writeNames, actions: ['write'], ...extra(writeNames) })
  }
  return result
}

export interface WriteContext {
  orgID: string
  /** The caller's user id (`/api/v2/me`): the UI grants `users` on it. */
  userID: string
  /** Bucket name → id, for the org's buckets. */
  bucketIds: ReadonlyMap<string, string>
  resourceTypes: readonly string[]
  /** Telegraf name → id, for the org's configurations; null for a name that two share. */
  telegrafIds?: ReadonlyMap<string, string | null>
}

/** The UI's All Access set for this org and owner. */
export function allAccessWire({ orgID, userID, resourceTypes }: WriteContext): PermissionBody[] {
  return resourceTypes
    .filter((type) => type !== INSTANCE)
    .flatMap((type): PermissionBody[] => {
      if (type === 'orgs') return [{ action: 'read', resource: { type, id: orgID } }]
      const resource = type === 'users' ? { type, id: userID } : { type, orgID }
      return ACTIONS.map((action) => ({ action, resource }))
    })
}

function resourceFor(type: string, name: string, context: WriteContext): ResourceBody {
  if (type === 'orgs') return { type, id: name === WILDCARD ? context.orgID : name }
  if (type === 'users') return { type, id: name === WILDCARD ? context.userID : name }
  if (name === WILDCARD) return { type, orgID: context.orgID }
  if (type === TELEGRAFS) {
    const id = context.telegrafIds?.get(name)
    if (id === undefined) throw new TypeError(`This org has no Telegraf configuration named ${name}.`)
    if (id === null) throw new TypeError(`Two Telegraf configurations are named ${name}: grant them with the influx CLI, by id.`)
    return { type, id, orgID: context.orgID }
  }
  if (type !== BUCKETS) return { type, id: name, orgID: context.orgID }
  const id = context.bucketIds.get(name)
  if (id === undefined) throw new TypeError(`This org has no bucket named ${name}.`)
  return { type, id, orgID: context.orgID }
}

/** A draft's permissions as a create body's; buckets by id. Throws for what v2 cannot express. */
export function toWire(permissions: readonly Permission[], context: WriteContext): PermissionBody[] {
  return permissions.flatMap((permission) => {
    const type = permission.resourceType === DATABASE_RESOURCE ? BUCKETS : permission.resourceType
    if (type === WILDCARD || type === INSTANCE || !context.resourceTypes.includes(type)) {
      throw new TypeError(`InfluxDB 2 has no resource type ${permission.resourceType}.`)
    }
    const actions = permission.actions.includes(WILDCARD) ? [...ACTIONS] : permission.actions
    return actions.flatMap((action) => {
      if (action !== 'read' && action !== 'write') throw new TypeError(`InfluxDB 2 has no action ${action}.`)
      return permission.resourceNames.map((name) => ({ action, resource: resourceFor(type, name, context) }))
    })
  })
}
