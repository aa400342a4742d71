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
import { ListSkeleton } from '../../../ui/list-skeleton'
import { QueryError } from '../../../ui/query-error'
import { CancelledRead, PendingRead, StaleNotice } from '../../../ui/read-state'
import { useNow } from '../../../ui/use-now'
import styles from './token-list.module.css'
import { TokenListFilters, type UpdateTokenView } from './token-list-filters'
import type { RowPick } from './token-table'
import { readView, writeView } from './token-view'

// Asked for as this module loads, so it arrives while the first read is on its way: the rows,
// the filtering and the risk overview cannot run before the tokens are in anyway, and the first
// page's JavaScript stays small (docs/performance.md).
const body = import('./token-list-body')
const TokenListBody = lazy(async () => ({ default: (await body).TokenListBody }))

export function TokenList({
  databasesHref,
  onCreateToken,
}: {
  databasesHref: (db: string) => string
  /** Opens the create dialog: the way out of an empty list. */
  onCreateToken?: () => void
}) {
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
  // Hashed from the first render on, so "this session" is marked on the first rows.
  const sessionFingerprint = useSessionFingerprint()
  const [pick, setPick] = useState<RowPick>()

  const filters = useMemo(
    () => tokenFilters?.map((filter) => ({ ...filter, choices: filter.options(tokens.data ?? []) })),
    [tokens.data, tokenFilters],
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

  return (
    <section aria-label="Token list" className={styles.list}>
      {progress.stale ? (
        <StaleNotice
          title="Could not refresh the tokens."
          description={describeError(tokens.error)}
          onRetry={() => void tokens.refetch()}
        />
      ) : null}
      {/* There at once, and in the same place: typing while the rows load keeps the focus. */}
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

      {tokens.data === undefined ? (
        progress.slow ? (
          <PendingRead label="Loading tokens…" {...progress} onCancel={progress.cancel} />
        ) : (
          <ListSkeleton label="Loading tokens…" />
        )
      ) : (
        <Suspense fallback={<ListSkeleton label="Loading tokens…" />}>
          <TokenListBody
            tokens={tokens.data}
            view={view}
            deferredQ={deferredQ}
            now={now}
            update={update}
            sessionFingerprint={sessionFingerprint}
            onCreateToken={onCreateToken}
            pick={pick}
            onPick={setPick}
          />
        </Suspense>
      )}
    </section>
  )
}
