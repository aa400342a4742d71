/**
 * The token list: every token from `system.tokens`, searchable, filterable and sortable, with
 * all of it in the URL. Paged (not virtualized) so rows stay real table rows for find-in-page
 * and screen readers; see docs/decisions/006-token-list-paging.md.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'

import { describeError } from '../../../backends/describe-error'
import { databaseListQuery } from '../../../queries/database-queries'
import { useReadProgress } from '../../../queries/read-progress'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { useSessionFingerprint } from '../../../session/use-session-fingerprint'
import { Button } from '../../../ui/button'
import { Pager } from '../../../ui/filter-bar'
import { QueryError } from '../../../ui/query-error'
import { CancelledRead, PendingRead, StaleNotice } from '../../../ui/read-state'
import { useNow } from '../../../ui/use-now'
import { indexTokens, isFiltered, PAGE_SIZE, readView, viewPage, writeView } from './token-filters'
import styles from './token-list.module.css'
import { TokenListFilters, type UpdateTokenView } from './token-list-filters'
import { TokenListSummary } from './token-list-summary'
import { type RowPick, tokenColumns, TokenTable } from './token-table'

// Selection, bulk actions and export: loaded once the list shows, off the first page's critical path.
const BulkTools = lazy(async () => ({ default: (await import('../bulk/bulk-tools')).BulkTools }))

export function TokenList({ databasesHref }: { databasesHref: (db: string) => string }) {
  const backend = useBackend()
  const { tokenKinds, databaseNoun, tokenFilters } = useProductScreens()
  const tokenQuery = tokenListQuery(backend)
  const tokens = useQuery(tokenQuery)
  const progress = useReadProgress(tokens, tokenQuery.queryKey)
  // Only for the database filter's choices: asked once the tokens are in, so on a large server
  // the list itself does not wait for the server to answer both at once.
  const databases = useQuery({ ...databaseListQuery(backend), enabled: tokens.isSuccess })
  const [params, setParams] = useSearchParams()
  const view = readView(params, tokenKinds.filterable, tokenFilters)
  const deferredQ = useDeferredValue(view.q)
  const now = useNow(60_000)
  const sessionFingerprint = useSessionFingerprint()
  const [pick, setPick] = useState<RowPick>()

  const index = useMemo(() => indexTokens(tokens.data ?? [], tokenKinds, tokenFilters), [tokens.data, tokenKinds, tokenFilters])
  const filters = useMemo(
    () => tokenFilters?.map((filter) => ({ ...filter, choices: filter.options(tokens.data ?? []) })),
    [tokens.data, tokenFilters],
  )
  const extraKey = writeView({ ...view, q: '' }).toString()
  const columns = useMemo(() => tokenColumns(tokens.data ?? []), [tokens.data])
  const shown = useMemo(
    () => viewPage(index, { ...view, q: deferredQ }, now, PAGE_SIZE),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs: all but the (deferred) search, by their URL form
    [index, now, deferredQ, extraKey],
  )

  // flushSync: the controls are controlled by the URL, so it must change in the same render as
  // the keystroke or choice (not in React Router's default transition, which would briefly
  // show the old value); the heavy filtering stays deferred through useDeferredValue.
  const update: UpdateTokenView = (patch, { replace = false } = {}) =>
    setParams(writeView({ ...view, page: 1, ...patch }), { replace, flushSync: true })

  if (progress.cancelled) return <CancelledRead what="the tokens" onRetry={() => void tokens.refetch()} />
  if (tokens.isPending) return <PendingRead label="Loading tokens…" {...progress} onCancel={progress.cancel} />
  if (tokens.data === undefined) {
    return (
      <QueryError
        title="Could not load the tokens."
        description={describeError(tokens.error)}
        onRetry={() => void tokens.refetch()}
      />
    )
  }

  const { page, pages, first, visible, total, hiddenRevoked } = shown

  return (
    <section aria-label="Token list" className={styles.list}>
      {progress.stale ? (
        <StaleNotice
          title="Could not refresh the tokens."
          description={describeError(tokens.error)}
          onRetry={() => void tokens.refetch()}
        />
      ) : null}
      <TokenListFilters
        view={view}
        tokenKinds={tokenKinds}
        databases={databases.data}
        revokes={backend.tokens.revokes}
        expires={!backend.tokens.neverExpire}
        filters={filters}
        noun={databaseNoun}
        update={update}
      />

      {view.db ? (
        <p className={styles.context}>
          Tokens that can reach <strong>{view.db}</strong>, by name or through a wildcard.{' '}
          <Link to={databasesHref(view.db)}>
            Open {databaseNoun?.one ?? 'database'} {view.db}
          </Link>
        </p>
      ) : null}

      <TokenListSummary
        all={tokens.data.length}
        total={total}
        first={first}
        visible={visible.length}
        filtered={isFiltered(view)}
        hiddenRevoked={hiddenRevoked}
      />

      <Suspense fallback={null}>
        <BulkTools index={index} shown={shown} view={view} onPick={setPick} />
      </Suspense>

      {total === 0 && isFiltered(view) ? <Button onClick={() => setParams(new URLSearchParams())}>Clear filters</Button> : null}

      {visible.length > 0 ? (
        <TokenTable
          tokens={visible}
          kindOf={index.kind}
          kindLabels={tokenKinds.labels}
          kindTones={tokenKinds.tones}
          now={now}
          sessionFingerprint={sessionFingerprint}
          columns={columns}
          noun={databaseNoun}
          pick={pick}
        />
      ) : null}

      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </section>
  )
}
