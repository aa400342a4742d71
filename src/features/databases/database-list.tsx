/**
 * The database list: name, retention in words, table count; `_internal` read-only; soft-deleted
 * databases on request. Search, sort, "show deleted" and page live in the URL.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useId, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { describeError } from '../../api/describe-error'
import { formatRetention } from '../../lib/retention'
import { databaseListQuery } from '../../queries/database-queries'
import { useClient } from '../../session/session-context'
import { Badge } from '../../ui/badge'
import { Button } from '../../ui/button'
import { DataTable } from '../../ui/data-table'
import { Loading } from '../../ui/loading'
import { QueryError } from '../../ui/query-error'
import { applyView, PAGE_SIZE, readView, SORT_KEYS, writeView, type DatabaseView } from './database-view'
import { DeleteDatabaseDialog, describeHardDeletion } from './delete-database-dialog'
import { RetentionDialog } from './retention-dialog'
import styles from './databases.module.css'

const SORT_LABELS = { name: 'Name', retention: 'Retention', tables: 'Tables' }
const count = new Intl.NumberFormat('en')

export function DatabaseList({ tokensHref }: { tokensHref: (db: string) => string }) {
  const id = useId()
  const client = useClient()
  const [params, setParams] = useSearchParams()
  const view = readView(params)
  const databases = useQuery(databaseListQuery(client, view.deleted))
  const deferredQ = useDeferredValue(view.q)

  const matching = useMemo(
    () => (databases.data ? applyView(databases.data, { ...view, q: deferredQ }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [databases.data, deferredQ, view.sort, view.dir, view.deleted],
  )

  const update = (patch: Partial<DatabaseView>, { replace = false } = {}) =>
    setParams(writeView({ ...view, page: 1, ...patch }), { replace })

  const toolbar = (
    <div className={styles.toolbar} role="search" aria-label="Filter databases">
      <div className={styles.control}>
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          aria-label="Search databases by name"
          placeholder="Database name"
          value={view.q}
          onChange={(event) => update({ q: event.target.value }, { replace: true })}
        />
      </div>
      <div className={styles.control}>
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          value={view.sort}
          onChange={(event) => update({ sort: SORT_KEYS.find((k) => k === event.target.value) ?? 'name' })}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="ghost"
        aria-label={`Sort direction: ${view.dir === 'asc' ? 'ascending' : 'descending'}`}
        onClick={() => update({ dir: view.dir === 'asc' ? 'desc' : 'asc' })}
      >
        <span aria-hidden="true">{view.dir === 'asc' ? '↑' : '↓'}</span> {view.dir === 'asc' ? 'Ascending' : 'Descending'}
      </Button>
      <label className={styles.choice}>
        <input type="checkbox" checked={view.deleted} onChange={(event) => update({ deleted: event.target.checked })} />
        Show deleted databases
      </label>
    </div>
  )

  if (databases.isPending) {
    return (
      <>
        {toolbar}
        <Loading label="Loading databases…" />
      </>
    )
  }
  if (databases.isError) {
    return (
      <>
        {toolbar}
        <QueryError
          title="Could not load the databases."
          description={describeError(databases.error)}
          onRetry={() => void databases.refetch()}
        />
      </>
    )
  }

  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE))
  const page = Math.min(view.page, pages)
  const first = (page - 1) * PAGE_SIZE
  const visible = matching.slice(first, first + PAGE_SIZE)
  const userDatabases = databases.data.filter((db) => !db.isSystem && !db.deleted).length

  return (
    <section aria-label="Database list" className={styles.list}>
      {toolbar}
      <p role="status" className={styles.summary}>
        {userDatabases === 0 && !view.q
          ? 'This server has no databases of its own yet: create one, then grant tokens access to it.'
          : matching.length === 0
            ? `No database matches “${view.q}”.`
            : `Showing ${count.format(first + 1)}–${count.format(first + visible.length)} of ${count.format(matching.length)} ${
                matching.length === 1 ? 'database' : 'databases'
              }.`}
      </p>
      {matching.length === 0 && view.q ? <Button onClick={() => update({ q: '' })}>Clear search</Button> : null}
      {visible.length > 0 ? (
        <DataTable aria-label="Databases">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Retention</th>
              <th scope="col">Tables</th>
              <th scope="col">
                <span className={styles.srOnly}>Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((db) => (
              <tr key={db.name}>
                <th scope="row" className={styles.name}>
                  <span className={styles.nameText}>{db.name}</span>
                  {/* A space, so the row header reads "sensors Deleted", not "sensorsDeleted". */}{' '}
                  {db.isSystem ? <Badge title="The server’s own database; it cannot be changed">System database</Badge> : null}
                  {db.deleted ? <Badge tone="danger">Deleted</Badge> : null}
                </th>
                <td>{db.deleted ? describeHardDeletion(db) : formatRetention(db.retentionSeconds)}</td>
                <td>{db.tableCount}</td>
                <td>
                  {db.deleted ? null : (
                    <div className={styles.actions}>
                      <Link to={tokensHref(db.name)} aria-label={`Tokens with access to ${db.name}`}>
                        Tokens with access
                      </Link>
                      {db.isSystem ? (
                        <span className={styles.readOnly}>Read-only</span>
                      ) : (
                        <>
                          <RetentionDialog database={db} />
                          <DeleteDatabaseDialog database={db} tokensHref={tokensHref} />
                        </>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Pages" className={styles.pager}>
          <Button disabled={page <= 1} onClick={() => update({ page: page - 1 })}>
            ← Previous
          </Button>
          <span>
            Page {page} of {pages}
          </span>
          <Button disabled={page >= pages} onClick={() => update({ page: page + 1 })}>
            Next →
          </Button>
        </nav>
      ) : null}
    </section>
  )
}
