/**
 * The token permission grammar of InfluxDB 3 (`RESOURCE_TYPE:NAMES:ACTIONS`), as one structured
 * model. Parses every form the server is known to show in `system.tokens.permissions`
 * (`*:*:*`, a plain `db:a,b:read,write` string, several of them separated by spaces, or a
 * JSON-encoded array of such strings) and formats back into the `influxdb3` CLI's syntax.
 */

import { FULL_ACCESS, type Permission, WILDCARD } from '../../lib/permission'
import type { PermissionSyntax } from '../product-screens'

export type { Permission }
export { WILDCARD }

export const DATABASE_ACTIONS = ['read', 'write'] as const
/** Actions the server's parser also accepts for databases, beyond the documented read/write. */
export const EXTRA_DATABASE_ACTIONS = ['create', 'describe', 'delete'] as const
export const SYSTEM_RESOURCES = ['health', 'metrics', 'ping', 'ready'] as const

/** `*:*:*`: an admin token's one permission. */
export const ADMIN_PERMISSION: Permission = FULL_ACCESS

export type ParseResult = { ok: true; permissions: Permission[] } | { ok: false; error: string }

function splitList(part: string): string[] {
  return part
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Parses one `type:names:actions` string; the names part may itself not contain `:`. */
export function parsePermission(text: string): { ok: true; permission: Permission } | { ok: false; error: string } {
  const trimmed = text.trim()
  const parts = trimmed.split(':')
  if (parts.length !== 3) {
    return { ok: false, error: `"${trimmed}" is not of the form type:names:actions (for example db:sensors:read,write)` }
  }
  const [type = '', namesPart = '', actionsPart = ''] = parts.map((p) => p.trim())
  if (type !== 'db' && type !== 'system' && type !== '*') {
    return { ok: false, error: `unknown resource type "${type}" in "${trimmed}" (use db or system)` }
  }
  const resourceNames = splitList(namesPart)
  const actions = splitList(actionsPart).map((a) => a.toLowerCase())
  if (resourceNames.length === 0) return { ok: false, error: `no resource names in "${trimmed}"` }
  if (actions.length === 0) return { ok: false, error: `no actions in "${trimmed}"` }
  if (resourceNames.includes(WILDCARD) && resourceNames.length > 1) {
    return { ok: false, error: `"${trimmed}" mixes * with resource names` }
  }
  if (type === '*') {
    if (resourceNames.join() !== '*' || actions.join() !== '*') {
      return { ok: false, error: `the * resource type is only valid as *:*:* (full access)` }
    }
    return { ok: true, permission: ADMIN_PERMISSION }
  }
  const valid: readonly string[] = type === 'db' ? [...DATABASE_ACTIONS, ...EXTRA_DATABASE_ACTIONS] : ['read']
  const badAction = actions.find((a) => !valid.includes(a))
  if (badAction) {
    return { ok: false, error: `"${badAction}" is not a ${type === 'db' ? 'database' : 'system'} action` }
  }
  if (type === 'system') {
    const badName = resourceNames.find(
      (n) => n !== WILDCARD && !(SYSTEM_RESOURCES as readonly string[]).includes(n.toLowerCase()),
    )
    if (badName) return { ok: false, error: `"${badName}" is not a system resource (health, metrics, ping, ready)` }
  }
  return {
    ok: true,
    permission: {
      resourceType: type,
      resourceNames: type === 'system' ? resourceNames.map((n) => n.toLowerCase()) : resourceNames,
      actions: unique(actions),
    },
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * Parses a permissions value as `system.tokens` shows it, or as a user types it in CLI syntax:
 * a JSON array of strings (`["db:a:read","db:b:write"]`) or one or more strings separated by
 * whitespace (`db:a,b:read,write system:health:read`).
 */
export function parsePermissions(text: string): ParseResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, error: 'no permissions given' }
  let items: string[]
  if (trimmed.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch {
      return { ok: false, error: 'permissions look like a JSON array but cannot be parsed' }
    }
    if (!Array.isArray(parsed) || !parsed.every((p): p is string => typeof p === 'string')) {
      return { ok: false, error: 'permissions JSON must be an array of strings' }
    }
    items = parsed
  } else {
    items = trimmed.split(/\s+/)
  }
  const permissions: Permission[] = []
  for (const item of items) {
    const result = parsePermission(item)
    if (!result.ok) return result
    permissions.push(result.permission)
  }
  return { ok: true, permissions }
}

/** `db:a,b:read,write`, the CLI's `--permission` syntax. */
export function formatPermission(permission: Permission): string {
  return `${permission.resourceType}:${permission.resourceNames.join(',')}:${permission.actions.join(',')}`
}

/** Several permissions in CLI syntax, separated by spaces. */
export function formatPermissions(permissions: readonly Permission[]): string {
  return permissions.map(formatPermission).join(' ')
}

export function isAdminPermissions(permissions: readonly Permission[]): boolean {
  return permissions.some((p) => p.resourceType === '*')
}

/** The `influxdb3` CLI's permission syntax, for the permission editor. */
export const permissionSyntax: PermissionSyntax = {
  example: 'db:sensors:read',
  placeholder: 'db:sensors,weather:read db:sensors:write',
  parse: parsePermissions,
  cliArguments: (permissions) => permissions.map((p) => `--permission "${formatPermission(p)}"`).join(' '),
}
