/**
 * A database token's permissions: the grid over the server's live databases, once they are read,
 * and over the databases `named` by the permissions being edited that the server no longer lists
 * (so a grant on one can still be seen, and removed).
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { describeError } from '../../../backends/describe-error'
import { databaseListQuery } from '../../../queries/database-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Loading } from '../../../ui/loading'
import { QueryError } from '../../../ui/query-error'
import { PermissionGrid } from './permission-grid'
import type { GridDatabase, GridValue } from './permission-grid-model'

const NONE: readonly string[] = []

export function DatabasePermissions({
  value,
  onChange,
  named = NONE,
}: {
  value: GridValue
  onChange: (value: GridValue) => void
  named?: readonly string[]
}) {
  const backend = useBackend()
  const { permissionSyntax, databaseNoun } = useProductScreens()
  const databases = useQuery(databaseListQuery(backend))
  const rows = useMemo<GridDatabase[]>(() => {
    const live = (databases.data ?? []).filter((db) => !db.deleted)
    // The system database last: operators grant their own databases far more often.
    const listed = new Set(live.map((db) => db.name))
    const missing = named.filter((name) => !listed.has(name)).map((name) => ({ name, isSystem: false, missing: true }))
    return [...live.filter((db) => !db.isSystem), ...missing, ...live.filter((db) => db.isSystem)]
  }, [databases.data, named])

  if (databases.isPending) return <Loading label="Loading databases…" />
  if (databases.isError) {
    return (
      <QueryError
        title="Could not load the databases to choose from."
        description={describeError(databases.error)}
        onRetry={() => void databases.refetch()}
      />
    )
  }
  return <PermissionGrid databases={rows} value={value} onChange={onChange} syntax={permissionSyntax} noun={databaseNoun} />
}
