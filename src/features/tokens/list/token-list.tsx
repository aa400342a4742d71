/**
 * The token list: every token from `system.tokens`, searchable, filterable and sortable, with
 * all of it in the URL. Paged (not virtualized) so rows stay real table rows for find-in-page
 * and screen readers; see docs/decisions/006-token-list-paging.md.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'

import { describeError } from '../../../backends/describe-error'
import type { Database } from '../../../backends/domain'
import { databaseListQuery } from '../../../queries/database-queries'
import { useReadProgress } from '../../../queries/read-progress'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { useSessionFingerprint } from '../../../session/use-session-fingerprint'
import { Button } from '../../../ui/button'
import { FilterBar, FilterSearch, FilterSelect, Pager, SortDirectionButton } from '../../../ui/filter-bar'
import { QueryError } from '../../../ui/query-error'
import { CancelledRead, PendingRead, StaleNotice } from '../../../ui/read-state'
import { useNow } from '../../../ui/use-now'
import {
  EXPIRY_FILTERS,
  indexTokens,
  isFiltered,
  oneOf,
  PAGE_SIZE,
  readView,
  SORT_KEYS,
  type SortKey,
  type TokenView,
  viewPage,
  writeView,
} from './token-filters'
import styles from './token-list.module.css'
import { TokenTable } from './token-table'

const EXPIRY_LABELS = { active: 'Active', expiring: 'Expiring within 7 days', expired: 'Expired', never: 'Never expires' }
const SORT_LABELS: Record<SortKey, string> = { name: 'Name', created: 'Created', expiry: 'Expiry' }
const count = new Intl.NumberFormat('en')

export function TokenList({ databasesHref }: { databasesHref: (db: string) => string }) {
  const backend = useBackend()
  const { tokenKinds } = useProductScreens()
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
  const shown = useMemo(
    () => viewPage(index, { ...view, q: deferredQ }, now, PAGE_SIZE),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [index, now, deferredQ, view.kind, view.expiry, view.db, view.sort, view.dir, view.page],
  )

  // flushSync: the controls are controlled by the URL, so it must change in the same render as
  // the keystroke or choice (not in React Router's default transition, which would briefly
  // show the old value); the heavy filtering stays deferred through useDeferredValue.
  const update = (patch: Partial<TokenView>, { replace = false } = {}) =>
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

  const { page, pages, first, visible, total } = shown
  const databaseNames = databaseOptions(databases.data, view.db)

  return (
    <section aria-label="Token list" className={styles.list}>
      {progress.stale ? (
        <StaleNotice
          title="Could not refresh the tokens."
          description={describeError(tokens.error)}
          onRetry={() => void tokens.refetch()}
        />
      ) : null}
      <FilterBar label="Filter tokens">
        <FilterSearch
          label="Search"
          accessibleName="Search tokens by name"
          placeholder="Token name"
          value={view.q}
          onChange={(q) => update({ q }, { replace: true })}
        />
        <FilterSelect
          label="Kind"
          value={view.kind ?? ''}
          options={[
            { value: '', label: 'All kinds' },
            ...tokenKinds.filterable.map((kind) => ({ value: kind, label: tokenKinds.labels[kind] ?? kind })),
          ]}
          onChange={(value) => update({ kind: oneOf(value, tokenKinds.filterable) })}
        />
        <FilterSelect
          label="Expiry"
          value={view.expiry ?? ''}
          options={[
            { value: '', label: 'Any expiry' },
            ...EXPIRY_FILTERS.map((status) => ({ value: status, label: EXPIRY_LABELS[status] })),
          ]}
          onChange={(value) => update({ expiry: oneOf(value, EXPIRY_FILTERS) })}
        />
        <FilterSelect
          label="Database"
          value={view.db ?? ''}
          options={[{ value: '', label: 'Any database' }, ...databaseNames.map((name) => ({ value: name, label: name }))]}
          onChange={(value) => update({ db: value || null })}
        />
        <FilterSelect
          label="Sort by"
          value={view.sort}
          options={SORT_KEYS.map((key) => ({ value: key, label: SORT_LABELS[key] }))}
          onChange={(value) => update({ sort: oneOf(value, SORT_KEYS) ?? 'name' })}
        />
        <SortDirectionButton dir={view.dir} onToggle={() => update({ dir: view.dir === 'asc' ? 'desc' : 'asc' })} />
      </FilterBar>

      {view.db ? (
        <p className={styles.context}>
          Tokens that can reach <strong>{view.db}</strong>, by name or through a wildcard.{' '}
          <Link to={databasesHref(view.db)}>Open database {view.db}</Link>
        </p>
      ) : null}

      <p role="status" className={styles.summary}>
        {tokens.data.length === 0
          ? 'This server has no tokens yet.'
          : total === 0
            ? `No tokens match these filters (of ${count.format(tokens.data.length)}).`
            : `Showing ${count.format(first + 1)}–${count.format(first + visible.length)} of ${count.format(total)} ${
                total === 1 ? 'token' : 'tokens'
              }${isFiltered(view) ? ` (filtered from ${count.format(tokens.data.length)})` : ''}.`}
      </p>

      {total === 0 && isFiltered(view) ? <Button onClick={() => setParams(new URLSearchParams())}>Clear filters</Button> : null}

      {visible.length > 0 ? (
        <TokenTable
          tokens={visible}
          kindOf={index.kind}
          kindLabels={tokenKinds.labels}
          now={now}
          sessionFingerprint={sessionFingerprint}
        />
      ) : null}

      <Pager page={page} pages={pages} onPage={(next) => update({ page: next })} />
    </section>
  )
}

/** Live databases (not deleted), plus the one in the URL even if it no longer exists. */
function databaseOptions(databases: Database[] | undefined, selected: string | null): string[] {
  const names = (databases ?? []).filter((db) => !db.deleted).map((db) => db.name)
  if (selected && !names.includes(selected)) names.push(selected)
  return names.sort()
}
