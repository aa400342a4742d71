/** Which tokens can reach a database: by naming it, through `db:*`, or as admin tokens. */
import type { Permission } from './permissions'

export interface TokenLike {
  name: string
  permissions: readonly Permission[]
  /** Milliseconds since the epoch. */
  expiresAt?: number | undefined
}

export interface DatabaseAccess<T extends TokenLike> {
  /** Tokens whose permissions name the database: they break (point at nothing) when it is deleted. */
  named: T[]
  /** Resource tokens granted every database (`db:*`). */
  wildcard: T[]
  /** Admin tokens: full access to everything. */
  admin: T[]
}

/** Expired tokens grant nothing, so they are left out (pass the current time as `now`). */
export function tokensWithAccess<T extends TokenLike>(database: string, tokens: readonly T[], now: number): DatabaseAccess<T> {
  const access: DatabaseAccess<T> = { named: [], wildcard: [], admin: [] }
  for (const token of tokens) {
    if (token.expiresAt !== undefined && token.expiresAt <= now) continue
    if (token.permissions.some((p) => p.resourceType === '*')) access.admin.push(token)
    else if (token.permissions.some((p) => p.resourceType === 'db' && p.resourceNames.includes(database))) access.named.push(token)
    else if (token.permissions.some((p) => p.resourceType === 'db' && p.resourceNames.includes('*'))) access.wildcard.push(token)
  }
  return access
}
