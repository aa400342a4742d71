/** What kind of token an InfluxDB 3 permission set makes, in the words the console uses. */
import { isFullAccess, type Permission } from '../../lib/permission'
import type { TokenKinds } from '../product-screens'
import { OPERATOR_TOKEN_NAME } from './names'

/** `unreadable`: the server's permission text is in a form the console cannot parse. */
export type TokenKind = 'operator' | 'admin' | 'database' | 'system' | 'mixed' | 'unreadable'

export function tokenKind(name: string, permissions: readonly Permission[] | null): TokenKind {
  if (permissions === null) return 'unreadable'
  if (isFullAccess(permissions)) return name === OPERATOR_TOKEN_NAME ? 'operator' : 'admin'
  const types = new Set(permissions.map((p) => p.resourceType))
  if (types.size === 1 && types.has('db')) return 'database'
  if (types.size === 1 && types.has('system')) return 'system'
  return 'mixed'
}

const LABELS: Record<TokenKind, string> = {
  operator: 'Operator',
  admin: 'Admin',
  database: 'Database',
  system: 'System',
  mixed: 'Mixed',
  unreadable: 'Unknown',
}

export const tokenKinds: TokenKinds = {
  labels: LABELS,
  tones: { operator: 'operator', admin: 'full-access', database: 'database', system: 'system' },
  filterable: ['operator', 'admin', 'database', 'system', 'mixed'],
  kindOf: (permissions, name) => tokenKind(name, permissions),
  namesThatMatter: [OPERATOR_TOKEN_NAME],
}
