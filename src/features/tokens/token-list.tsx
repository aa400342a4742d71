import { useQuery } from '@tanstack/react-query'
import { describeError } from '../../api/describe-error'
import { formatPermissions } from '../../lib/permissions'
import { TOKEN_KIND_LABELS, tokenKind } from '../../lib/token-kind'
import { useClient } from '../../session/session-context'
import { Badge } from '../../ui/badge'
import { DataTable, Mono } from '../../ui/data-table'
import { QueryError } from '../../ui/query-error'
import { Loading } from '../../ui/loading'
import { useNow } from '../../ui/use-now'
import { tokenListQuery } from '../../queries/token-queries'

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

export function TokenList() {
  const client = useClient()
  const tokens = useQuery(tokenListQuery(client))
  const now = useNow(60_000)

  if (tokens.isPending) return <Loading label="Loading tokens…" />
  if (tokens.isError) {
    return (
      <QueryError
        title="Could not load the tokens."
        description={describeError(tokens.error)}
        onRetry={() => void tokens.refetch()}
      />
    )
  }
  if (tokens.data.length === 0) return <p>This server has no tokens yet.</p>

  return (
    <DataTable aria-label="Tokens">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Permissions</th>
          <th scope="col">Created (UTC)</th>
          <th scope="col">Expiry</th>
          <th scope="col">Fingerprint</th>
        </tr>
      </thead>
      <tbody>
        {tokens.data.map((token) => {
          const expired = token.expiresAt !== undefined && token.expiresAt.getTime() <= now
          return (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>{TOKEN_KIND_LABELS[tokenKind(token.name, token.permissions)]}</td>
              <td>
                <Mono>{formatPermissions(token.permissions)}</Mono>
              </td>
              <td>{dateFormat.format(token.createdAt)}</td>
              <td>
                {token.expiresAt === undefined ? (
                  'Never'
                ) : expired ? (
                  <Badge tone="danger">⛔ Expired {dateFormat.format(token.expiresAt)}</Badge>
                ) : (
                  dateFormat.format(token.expiresAt)
                )}
              </td>
              <td>
                <Mono>{token.fingerprint ?? '—'}</Mono>
              </td>
            </tr>
          )
        })}
      </tbody>
    </DataTable>
  )
}
