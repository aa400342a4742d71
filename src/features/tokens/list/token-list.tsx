/**
 * The token list: every token from `system.tokens`, searchable, filterable and sortable, with
 * all of it in the URL. Paged (not virtualized) so rows stay real table rows for find-in-page
 * and screen readers; see docs/decisions/006-token-list-paging.md.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useDeferredValue, useMemo } from 'react'
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
import { indexTokens, isFiltered, PAGE_SIZE, readView, tokenColumns, viewPage, writeView } from './token-filters'
import styles from './token-list.module.css'
import { TokenListFilters, type UpdateTokenView } from './token-list-filters'
import { TokenListSkeleton } from './token-list-skeleton'
import { TokenListSummary } from './token-list-summary'

// Asked for as this module loads, so they arrive while the first read is on its way: the rows and
// the risk overview cannot render before the tokens anyway, and the first page's JavaScript stays
// small (docs/performance.md).
const tableModule = import('./token-table')
const overviewModule = import('./token-overview')
const TokenTable = lazy(async () => ({ default: (await tableModule).TokenTable }))
const TokenOverview = lazy(async () => ({ default: (await overviewModule).TokenOverview }))

export function TokenList({
  databasesHref,
  onCreateToken,
}: {
  databasesHref: (db: string) => string
  /** Opens the create dialog: the way out of an empty list. */
  onCreateToken?: () => void
}) {
  const backend = useBackend()
  const { tokenKinds, databaseNoun } = useProductScreens()
  const tokenQuery = tokenListQuery(backend)
  const tokens = useQuery(tokenQuery)
  const progress = useReadProgress(tokens, tokenQuery.queryKey)
  // Only for the database filter's choices: asked once the tokens are in, so on a large server
  // the list itself does not wait for the server to answer both at once.
  const databases = useQuery({ ...databaseListQuery(backend), enabled: tokens.isSuccess })
  const [params, setParams] = useSearchParams()
  const view = readView(params, tokenKinds.filterable)
  const deferredQ = useDeferredValue(view.q)
  const now = useNow(60_000)
  const sessionFingerprint = useSessionFingerprint()

  const index = useMemo(() => indexTokens(tokens.data ?? [], tokenKinds), [tokens.data, tokenKinds])
  const columns = useMemo(() => tokenColumns(tokens.data ?? []), [tokens.data])
  const shown = useMemo(
    () => viewPage(index, { ...view, q: deferredQ }, now, PAGE_SIZE),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [index, now, deferredQ, view.kind, view.expiry, view.db, view.sort, view.dir, view.page, view.revoked, view.full, view.day],
  )

  // flushSync: the controls are controlled by the URL, so it must change in the same render as
  // the keystroke or choice (not in React Router's default transition, which would briefly
  // show the old value); the heavy filtering stays deferred through useDeferredValue.
  const update: UpdateTokenView = (patch, { replace = false } = {}) =>
    setParams(writeView({ ...view, page: 1, ...patch }), { replace, flushSync: true })

  if (progress.cancelled) return <CancelledRead what="the tokens" onRetry={() => void tokens.refetch()} />
  if (tokens.isError && tokens.data === undefined) {
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
      {/* The toolbar is there at once, in the same place: typing while the rows load keeps the focus. */}
      <TokenListFilters
        view={view}
        tokenKinds={tokenKinds}
        databases={databases.data}
        revokes={backend.tokens.revokes}
        update={update}
      />

      {view.db ? (
        <p className={styles.context}>
          Tokens that can reach <strong>{view.db}</strong>, by name or through a wildcard.{' '}
          <Link to={databasesHref(view.db)}>Open database {view.db}</Link>
        </p>
      ) : null}

      {tokens.data === undefined ? (
        progress.slow ? (
          <PendingRead label="Loading tokens…" {...progress} onCancel={progress.cancel} />
        ) : (
          <TokenListSkeleton />
        )
      ) : (
        <Suspense fallback={<TokenListSkeleton />}>
          {tokens.data.length > 0 ? (
            <TokenOverview
              index={index}
              view={view}
              now={now}
              update={update}
              canExpire={backend.tokens.neverExpire !== true}
              hasFullAccess={Object.values(tokenKinds.tones).some((tone) => tone === 'operator' || tone === 'full-access')}
            />
          ) : null}

          <TokenListSummary
            all={tokens.data.length}
            total={total}
            first={first}
            visible={visible.length}
            filtered={isFiltered(view)}
            hiddenRevoked={hiddenRevoked}
          />

          {tokens.data.length === 0 && onCreateToken ? (
            <div className={styles.empty}>
              <p>Create the tokens your clients use: Telegraf, Grafana, scripts and people each get their own.</p>
              <Button variant="primary" onClick={onCreateToken}>
                Create a token
              </Button>
            </div>
          ) : null}
          {total === 0 && isFiltered(view) ? (
            <button type="button" className={styles.linkButton} onClick={() => setParams(new URLSearchParams())}>
              Clear filters
            </button>
          ) : null}

          {visible.length > 0 ? (
            <TokenTable
              tokens={visible}
              all={tokens.data}
              kindOf={index.kind}
              kindLabels={tokenKinds.labels}
              kindTones={tokenKinds.tones}
              now={now}
              sessionFingerprint={sessionFingerprint}
              columns={columns}
              noun={databaseNoun}
            />
          ) : null}
        </Suspense>
      )}

      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </section>
  )
}
