/**
 * The databases a form's permissions name that the server does not list (a link's draft, a
 * clone of a token whose database is gone). The server refuses a grant on a database that does
 * not exist, so the form names them and holds Create until they are removed. Empty until the
 * list is read.
 */
import { useQuery } from '@tanstack/react-query'

import { DATABASE_RESOURCE, type Permission, WILDCARD } from '../../../lib/permission'
import { DATABASE_NOUN, type DatabaseNoun } from '../../../lib/token-describe'
import { databaseListQuery } from '../../../queries/database-queries'
import { useBackend } from '../../../session/session-context'

export function useMissingGrants(permissions: readonly Permission[], enabled: boolean): string[] {
  const backend = useBackend()
  const databases = useQuery({ ...databaseListQuery(backend), enabled })
  if (!enabled || !databases.data) return []
  const listed = new Set(databases.data.filter((db) => !db.deleted).map((db) => db.name))
  const named = permissions.filter((p) => p.resourceType === DATABASE_RESOURCE).flatMap((p) => p.resourceNames)
  return [...new Set(named)].filter((name) => name !== WILDCARD && !listed.has(name))
}

/** Why Create waits: the missing names, in the product's word for a database. */
export function missingGrantsMessage(missing: readonly string[], noun: DatabaseNoun = DATABASE_NOUN): string | null {
  if (missing.length === 0) return null
  const quoted = missing.map((name) => `“${name}”`)
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
  return missing.length === 1
    ? `${list} is not a ${noun.one} on this server: untick it to create the token, or create the ${noun.one} first.`
    : `${list} are not ${noun.many} on this server: untick them to create the token, or create the ${noun.many} first.`
}
