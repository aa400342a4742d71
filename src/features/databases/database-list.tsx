/**
 * The database list: name, retention in words, table count; `_internal` read-only; soft-deleted
 * databases on request. Search, sort, "show deleted" and page live in the URL.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'

import { describeError } from '../../backends/describe-error'
import { pageSlice } from '../../lib/paging'
import { databaseListQuery } from '../../queries/database-queries'
import { useReadProgress } from '../../queries/read-progress'
import { useBackend } from '../../session/session-context'
import { Button } from '../../ui/button'
import { Pager } from '../../ui/filter-bar'
import { ListSkeleton } from '../../ui/list-skeleton'
import { QueryError } from '../../ui/query-error'
import { CancelledRead, PendingRead, StaleNotice } from '../../ui/read-state'
import { DatabaseListFilters, type UpdateDatabaseView } from './database-list-filters'
import { DatabaseListSummary } from './database-list-summary'
import { DatabaseTable } from './database-table'
import { applyView, PAGE_SIZE, readView, writeView } from './database-view'
import styles from './databases.module.css'
import { useDatabaseNoun } from './use-database-noun'

export function DatabaseList({
  tokensHref,
  onCreateDatabase,
}: {
  tokensHref: (db: string) => string
  /** Opens the create dialog: the way out of an empty list. */
  onCreateDatabase?: () => void
}) {
  const backend = useBackend()
  const [params, setParams] = useSearchParams()
  const can = { listsDeleted: backend.databases.listsDeleted === true, countsTables: backend.databases.countsTables === true }
  const view = readView(params, can)
  const databaseQuery = databaseListQuery(backend, view.deleted)
  const databases = useQuery(databaseQuery)
  const progress = useReadProgress(databases, databaseQuery.queryKey)
  const deferredQ = useDeferredValue(view.q)
  const noun = useDatabaseNoun()

  const matching = useMemo(
    () => (databases.data ? applyView(databases.data, { ...view, q: deferredQ }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [databases.data, deferredQ, view.sort, view.dir, view.deleted],
  )

  // flushSync: the controls are controlled by the URL, so it must change in the same render as
  // the click or keystroke (React Router would otherwise update it in a transition, and the
  // checkbox or search box would briefly show the old value).
  const update: UpdateDatabaseView = (patch, { replace = false } = {}) =>
    setParams(writeView({ ...view, page: 1, ...patch }), { replace, flushSync: true })

  const toolbar = <DatabaseListFilters view={view} update={update} can={can} />

  // The toolbar stays the first child of the same section in every state, so toggling
  // "Show deleted" (a new query) keeps the control, and keyboard focus, where they are.
  const retry = () => void databases.refetch()
  // While pending, cancelled or failed with nothing to show, the list's place holds that state.
  const placeholder = progress.cancelled ? (
    <CancelledRead what={`the ${noun.many}`} onRetry={retry} />
  ) : databases.isPending ? (
    // Bars in the rows' place first, as the token list does; the slow-server notice after a few seconds.
    progress.slow ? (
      <PendingRead label={`Loading ${noun.many}…`} {...progress} onCancel={progress.cancel} />
    ) : (
      <ListSkeleton label={`Loading ${noun.many}…`} />
    )
  ) : databases.isError && !progress.stale ? (
    <QueryError title={`Could not load the ${noun.many}.`} description={describeError(databases.error)} onRetry={retry} />
  ) : null
  if (placeholder || !databases.data) {
    return (
      <section aria-label={`${noun.One} list`} className={styles.list}>
        {toolbar}
        {placeholder}
      </section>
    )
  }

  const { page, pages, first, visible } = pageSlice(matching, view.page, PAGE_SIZE)
  const userDatabases = databases.data.filter((db) => !db.isSystem && !db.deleted).length

  return (
    <section aria-label={`${noun.One} list`} className={styles.list}>
      {toolbar}
      {progress.stale ? (
        <StaleNotice title={`Could not refresh the ${noun.many}.`} description={describeError(databases.error)} onRetry={retry} />
      ) : null}
      <DatabaseListSummary
        query={view.q}
        userDatabases={userDatabases}
        matching={matching.length}
        first={first}
        visible={visible.length}
      />
      {userDatabases === 0 && !view.q && onCreateDatabase ? (
        <div className={styles.empty}>
          <p>A database holds the data your clients write; tokens then grant read or write on it.</p>
          <Button variant="primary" onClick={onCreateDatabase}>
            Create a database
          </Button>
        </div>
      ) : null}
      {matching.length === 0 && view.q ? (
        <button type="button" className={styles.linkButton} onClick={() => update({ q: '' })}>
          Clear search
        </button>
      ) : null}
      {visible.length > 0 ? <DatabaseTable databases={visible} tokensHref={tokensHref} /> : null}
      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </section>
  )
}
