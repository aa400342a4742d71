/** Tokens in plain words: permissions ("Read, Write · sensors") and expiry state ("in 3 days"). */
import { isFullAccess, type Permission } from './permission'
import { formatRelative, formatUtcDate } from './relative-time'

export const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** What a product calls its databases: InfluxDB 2 and Cloud Serverless call them buckets. */
export interface DatabaseNoun {
  one: string
  many: string
}
export const DATABASE_NOUN: DatabaseNoun = { one: 'database', many: 'databases' }

/** Names, each marked when it no longer resolves (InfluxDB 2 keeps grants on a deleted bucket, named by its id). */
function namesOf({ resourceNames, unresolved }: Permission, noun: DatabaseNoun): string {
  if (!unresolved?.length) return resourceNames.join(', ')
  return resourceNames.map((name) => (unresolved.includes(name) ? `${name} (${noun.one} deleted)` : name)).join(', ')
}

export function describePermission(permission: Permission, noun: DatabaseNoun = DATABASE_NOUN): string {
  const all = permission.resourceNames.includes('*')
  const actions = permission.actions.map(capitalize).join(', ')
  switch (permission.resourceType) {
    case '*':
      return 'Full access'
    case 'db':
      return `${actions} · ${all ? `all ${noun.many}, including future ones` : namesOf(permission, noun)}`
    case 'system':
      return `System ${actions.toLowerCase()} · ${all ? 'all system endpoints' : permission.resourceNames.join(', ')}`
    default:
      // A product's own resource type (InfluxDB 2's telegrafs, dashboards, …), in its own word.
      return `${actions} · ${all ? `all ${permission.resourceType}` : `${permission.resourceType} ${permission.resourceNames.join(', ')}`}`
  }
}

export function describePermissions(permissions: readonly Permission[], noun: DatabaseNoun = DATABASE_NOUN): string[] {
  if (isFullAccess(permissions)) return ['Full access']
  return permissions.map((permission) => describePermission(permission, noun))
}

/**
 * What to call a token: its name or description, or, when it has none (InfluxDB 2 and Cloud
 * allow an empty description), what the console derives from its permissions and its id.
 */
export function tokenLabel(token: { id: string; name: string; permissions: readonly Permission[] | null }): string {
  if (token.name !== '') return token.name
  return `${derivedDescription(token.permissions)} · id ${token.id}`
}

/** A plain-words stand-in for a missing description. */
export function derivedDescription(permissions: readonly Permission[] | null): string {
  if (permissions === null) return 'No description'
  return describePermissions(permissions).join('; ') || 'No permissions'
}

export type ExpiryStatus = 'never' | 'active' | 'expiring' | 'expired'

/** Tokens expiring within this window are flagged as "expiring". */
export const EXPIRING_SOON_MS = 7 * 86_400_000

/** `expiresAt` in milliseconds since the epoch; undefined when the token never expires. */
export function expiryStatus(expiresAt: number | undefined, now: number): ExpiryStatus {
  if (expiresAt === undefined) return 'never'
  const left = expiresAt - now
  if (left <= 0) return 'expired'
  return left <= EXPIRING_SOON_MS ? 'expiring' : 'active'
}

/** "Never", "in 3 days", "Expired 2026-05-01". */
export function describeExpiry(expiresAt: number | undefined, now: number): string {
  const status = expiryStatus(expiresAt, now)
  if (status === 'never' || expiresAt === undefined) return 'Never'
  if (status === 'expired') return `Expired ${formatUtcDate(expiresAt)}`
  return formatRelative(expiresAt, now)
}

/** Databases a permission set names explicitly, and whether it grants every database. */
export function databaseAccess(permissions: readonly Permission[] | null): { all: boolean; names: string[] } {
  // Unreadable permissions name nothing the console can know of.
  if (permissions === null) return { all: false, names: [] }
  let all = false
  const names = new Set<string>()
  for (const p of permissions) {
    if (p.resourceType === '*') all = true
    if (p.resourceType !== 'db') continue
    for (const name of p.resourceNames) {
      if (name === '*') all = true
      else names.add(name)
    }
  }
  return { all, names: [...names] }
}
