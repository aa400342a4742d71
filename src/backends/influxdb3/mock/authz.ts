/**
 * Enterprise authorization for the mock. Core authorizes nothing (every Core token is an
 * admin token, and its authorizer is a no-op), so every check passes on Core.
 */
import { type DatabaseRecord, INTERNAL_DB } from './database-store'
import { forbidden } from './responses'
import type { Flavor } from './server-state'
import { isAdminToken, type TokenRecord } from './token-store'

/** The authenticated caller; null when the server runs without auth (or on the bootstrap path). */
export type Caller = TokenRecord | null

function enforced(flavor: Flavor, caller: Caller): caller is TokenRecord {
  return flavor === 'enterprise' && caller !== null && !isAdminToken(caller)
}

export function requireAdmin(flavor: Flavor, caller: Caller): void {
  if (enforced(flavor, caller)) forbidden()
}

function canUseDatabase(caller: TokenRecord, databaseId: number, action: string): boolean {
  return caller.permissions.some(
    (p) =>
      (p.resourceType === '*' ||
        (p.resourceType === 'db' && (p.resourceNames.includes('*') || (p.databaseIds ?? []).includes(databaseId)))) &&
      (p.actions.includes('*') || p.actions.includes(action)),
  )
}

/** The shared authorizer escalates `_internal` to an admin check. */
export function requireDatabase(flavor: Flavor, caller: Caller, database: DatabaseRecord, action: string): void {
  if (!enforced(flavor, caller)) return
  if (database.name === INTERNAL_DB || !canUseDatabase(caller, database.id, action)) forbidden()
}

/** `/health`, `/ping`, `/metrics`, `/ready` need `system:<name>:read` (or `system:*:read`). */
export function requireSystem(flavor: Flavor, caller: Caller, resource: string): void {
  if (!enforced(flavor, caller)) return
  const allowed = caller.permissions.some(
    (p) =>
      p.resourceType === 'system' &&
      (p.resourceNames.includes('*') || p.resourceNames.includes(resource)) &&
      p.actions.includes('read'),
  )
  if (!allowed) forbidden()
}
