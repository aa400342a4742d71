/**
 * The database list: name, retention in words, table count; `_internal` read-only; soft-deleted
 * databases on request. Search, sort, "show deleted" and page live in the URL.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'

import { describeError } from '../../backends/describe-error'
import { pageSlice } from '../../lib/paging'
import { formatRetention } from '../../lib/retention'
import { databaseListQuery } from '../../queries/database-queries'
import { useReadProgress } from '../../queries/read-progress'
import { useBackend } from '../../session/session-context'
import { Badge } from '../../ui/badge'
import { Button } from '../../ui/button'
import { DataTable } from '../../ui/data-table'
import { FilterBar, FilterSearch, FilterSelect, Pager, SortDirectionButton } from '../../ui/filter-bar'
import { QueryError } from '../../ui/query-error'
import { CancelledRead, PendingRead, StaleNotice } from '../../ui/read-state'
import { VisuallyHidden } from '../../ui/visually-hidden'
import { applyView, type DatabaseView, describeHardDeletion, PAGE_SIZE, readView, SORT_KEYS, writeView } from './database-view'
import styles from './databases.module.css'
import { DeleteDatabaseDialog } from './delete-database-dialog'
import { RetentionDialog } from './retention-dialog'

const SORT_LABELS = { name: 'Name', retention: 'Retention', tables: 'Tables' }
const count = new Intl.NumberFormat('en')

export function DatabaseList({ tokensHref }: { tokensHref: (db: string) => string }) {
  const backend = useBackend()
  const [params, setParams] = useSearchParams()
  const view = readView(params)
  const databaseQuery = databaseListQuery(backend, view.deleted)
  const databases = useQuery(databaseQuery)
  const progress = useReadProgress(databases, databaseQuery.queryKey)
  const deferredQ = useDeferredValue(view.q)

  const matching = useMemo(
    () => (databases.data ? applyView(databases.data, { ...view, q: deferredQ }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [databases.data, deferredQ, view.sort, view.dir, view.deleted],
  )

  // flushSync: the controls are controlled by the URL, so it must change in the same render as
  // the click or keystroke (React Router would otherwise update it in a transition, and the
  // checkbox or search box would briefly show the old value).
  const update = (patch: Partial<DatabaseView>, { replace = false } = {}) =>
    setParams(writeView({ ...view, page: 1, ...patch }), { replace, flushSync: true })

  const toolbar = (
    <FilterBar label="Filter databases">
      <FilterSearch
        label="Search"
        accessibleName="Search databases by name"
        placeholder="Database name"
        value={view.q}
        onChange={(q) => update({ q }, { replace: true })}
      />
      <FilterSelect
        label="Sort by"
        value={view.sort}
        options={SORT_KEYS.map((key) => ({ value: key, label: SORT_LABELS[key] }))}
        onChange={(value) => update({ sort: SORT_KEYS.find((k) => k === value) ?? 'name' })}
      />
      <SortDirectionButton dir={view.dir} onToggle={() => update({ dir: view.dir === 'asc' ? 'desc' : 'asc' })} />
      <label className={styles.choice}>
        <input type="checkbox" checked={view.deleted} onChange={(event) => update({ deleted: event.target.checked })} />
        Show deleted databases
      </label>
    </FilterBar>
  )

  // The toolbar stays the first child of the same section in every state, so toggling
  // "Show deleted" (a new query) keeps the control, and keyboard focus, where they are.
  const retry = () => void databases.refetch()
  // While pending, cancelled or failed with nothing to show, the list's place holds that state.
  const placeholder = progress.cancelled ? (
    <CancelledRead what="the databases" onRetry={retry} />
  ) : databases.isPending ? (
    <PendingRead label="Loading databases…" {...progress} onCancel={progress.cancel} />
  ) : databases.isError && !progress.stale ? (
    <QueryError title="Could not load the databases." description={describeError(databases.error)} onRetry={retry} />
  ) : null
  if (placeholder || !databases.data) {
    return (
      <section aria-label="Database list" className={styles.list}>
        {toolbar}
        {placeholder}
      </section>
    )
  }

  const { page, pages, first, visible } = pageSlice(matching, view.page, PAGE_SIZE)
  const userDatabases = databases.data.filter((db) => !db.isSystem && !db.deleted).length

  return (
    <section aria-label="Database list" className={styles.list}>
      {toolbar}
      {progress.stale ? (
        <StaleNotice title="Could not refresh the databases." description={describeError(databases.error)} onRetry={retry} />
      ) : null}
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
                <VisuallyHidden>Actions</VisuallyHidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((db) => (
              <tr key={db.name}>
                <th scope="row" className={styles.name}>
                  <bdi className={styles.nameText}>{db.name}</bdi>
                  {/* A space, so the row header reads "sensors Deleted", not "sensorsDeleted". */}{' '}
                  {db.isSystem ? <Badge title="The server’s own database; it cannot be changed">System database</Badge> : null}
                  {db.deleted ? <Badge tone="danger">Deleted</Badge> : null}
                </th>
                <td>{db.deleted ? describeHardDeletion(db) : formatRetention(db.retentionSeconds)}</td>
                <td>{db.tableCount ?? 'Not counted'}</td>
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
      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </section>
  )
}
