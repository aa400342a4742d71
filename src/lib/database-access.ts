/** Which tokens can reach a database: by naming it, through `db:*`, or as admin tokens; revoked and expired ones cannot. */
import { DATABASE_RESOURCE, isFullAccess, type Permission } from './permission'

export interface TokenLike {
  name: string
  /** Null when the console cannot read them. */
  permissions: readonly Permission[] | null
  /** Milliseconds since the epoch. */
  expiresAt?: number | undefined
  /** `revoked` where removing revokes (the management API keeps such tokens listed). */
  status?: string | undefined
}

export interface DatabaseAccess<T extends TokenLike> {
  /** Tokens whose permissions name the database: they break (point at nothing) when it is deleted. */
  named: T[]
  /** Resource tokens granted every database (`db:*`). */
  wildcard: T[]
  /** Admin tokens: full access to everything. */
  admin: T[]
  /** Tokens whose permissions the console cannot read: they may reach it, or not. */
  unreadable: T[]
}

/** Expired and revoked tokens grant nothing, so they are left out (pass the current time as `now`). */
export function tokensWithAccess<T extends TokenLike>(database: string, tokens: readonly T[], now: number): DatabaseAccess<T> {
  const access: DatabaseAccess<T> = { named: [], wildcard: [], admin: [], unreadable: [] }
  for (const token of tokens) {
    if ((token.expiresAt !== undefined && token.expiresAt <= now) || token.status === 'revoked') continue
    const { permissions } = token
    if (permissions === null) access.unreadable.push(token)
    else if (isFullAccess(permissions)) access.admin.push(token)
    else if (permissions.some((p) => p.resourceType === DATABASE_RESOURCE && p.resourceNames.includes(database)))
      access.named.push(token)
    else if (permissions.some((p) => p.resourceType === DATABASE_RESOURCE && p.resourceNames.includes('*')))
      access.wildcard.push(token)
  }
  return access
}
