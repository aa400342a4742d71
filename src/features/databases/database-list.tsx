import { useQuery } from '@tanstack/react-query'
import { describeError } from '../../api/describe-error'
import { formatRetention } from '../../lib/retention'
import { useClient } from '../../session/session-context'
import { Badge } from '../../ui/badge'
import { DataTable } from '../../ui/data-table'
import { Loading } from '../../ui/loading'
import { QueryError } from '../../ui/query-error'
import { databaseListQuery } from '../../queries/database-queries'

export function DatabaseList() {
  const client = useClient()
  const databases = useQuery(databaseListQuery(client))

  if (databases.isPending) return <Loading label="Loading databases…" />
  if (databases.isError) {
    return (
      <QueryError
        title="Could not load the databases."
        description={describeError(databases.error)}
        onRetry={() => void databases.refetch()}
      />
    )
  }
  // The server lists _internal first by byte order; operators care about their own first.
  const rows = [...databases.data].sort((a, b) => Number(a.isSystem) - Number(b.isSystem))
  return (
    <DataTable aria-label="Databases">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Retention</th>
          <th scope="col">Tables</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((db) => (
          <tr key={db.name}>
            <th scope="row">
              {db.name} {db.isSystem ? <Badge>System database</Badge> : null}
            </th>
            <td>{formatRetention(db.retentionSeconds)}</td>
            <td>{db.tableCount}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}
