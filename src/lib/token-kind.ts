/** What kind of token a permission set makes, in the words the console uses. */
import { OPERATOR_TOKEN_NAME } from './influxdb3-names'
import type { Permission } from './permission'

/** `unreadable`: the server's permission text is in a form the console cannot parse. */
export type TokenKind = 'operator' | 'admin' | 'database' | 'system' | 'mixed' | 'unreadable'

export { OPERATOR_TOKEN_NAME }

export function tokenKind(name: string, permissions: readonly Permission[] | null): TokenKind {
  if (permissions === null) return 'unreadable'
  if (permissions.some((p) => p.resourceType === '*')) return name === OPERATOR_TOKEN_NAME ? 'operator' : 'admin'
  const types = new Set(permissions.map((p) => p.resourceType))
  if (types.size === 1 && types.has('db')) return 'database'
  if (types.size === 1 && types.has('system')) return 'system'
  return 'mixed'
}

export const TOKEN_KIND_LABELS: Record<TokenKind, string> = {
  operator: 'Operator',
  admin: 'Admin',
  database: 'Database',
  system: 'System',
  mixed: 'Mixed',
  unreadable: 'Unknown',
}
