/** Tokens in plain words: permissions ("Read, Write · sensors") and expiry state ("in 3 days"). */
import { isFullAccess, type Permission } from './permission'
import { formatRelative, formatUtcDate } from './relative-time'

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

export function describePermission(permission: Permission): string {
  const all = permission.resourceNames.includes('*')
  const actions = permission.actions.map(capitalize).join(', ')
  switch (permission.resourceType) {
    case '*':
      return 'Full access'
    case 'db':
      return `${actions} · ${all ? 'all databases, including future ones' : permission.resourceNames.join(', ')}`
    case 'system':
      return `System ${actions.toLowerCase()} · ${all ? 'all system endpoints' : permission.resourceNames.join(', ')}`
    default:
      // A product's own resource type (InfluxDB 2's telegrafs, dashboards, …), in its own word.
      return `${actions} · ${all ? `all ${permission.resourceType}` : `${permission.resourceType} ${permission.resourceNames.join(', ')}`}`
  }
}

export function describePermissions(permissions: readonly Permission[]): string[] {
  if (isFullAccess(permissions)) return ['Full access']
  return permissions.map(describePermission)
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
