/**
 * The token list: every token from `system.tokens`, searchable, filterable and sortable, with
 * all of it in the URL. Paged (not virtualized) so rows stay real table rows for find-in-page
 * and screen readers; see docs/decisions/006-token-list-paging.md.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useId, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { describeError } from '../../api/describe-error'
import type { Database } from '../../api/types'
import { databaseListQuery } from '../../queries/database-queries'
import { tokenListQuery } from '../../queries/token-queries'
import { useClient } from '../../session/session-context'
import { useSessionFingerprint } from '../../session/use-session-fingerprint'
import { TOKEN_KIND_LABELS } from '../../lib/token-kind'
import { Button } from '../../ui/button'
import { Loading } from '../../ui/loading'
import { QueryError } from '../../ui/query-error'
import { useNow } from '../../ui/use-now'
import {
  EXPIRY_FILTERS,
  KINDS,
  PAGE_SIZE,
  SORT_KEYS,
  applyView,
  isFiltered,
  oneOf,
  readView,
  toRows,
  writeView,
  type SortKey,
  type TokenView,
} from './token-filters'
import { TokenTable } from './token-table'
import styles from './token-list.module.css'

const EXPIRY_LABELS = { active: 'Active', expiring: 'Expiring within 7 days', expired: 'Expired', never: 'Never expires' }
const SORT_LABELS: Record<SortKey, string> = { name: 'Name', created: 'Created', expiry: 'Expiry' }
const count = new Intl.NumberFormat('en')

export function TokenList({ databasesHref }: { databasesHref: (db: string) => string }) {
  const id = useId()
  const client = useClient()
  const tokens = useQuery(tokenListQuery(client))
  const databases = useQuery(databaseListQuery(client))
  const [params, setParams] = useSearchParams()
  const view = readView(params)
  const deferredQ = useDeferredValue(view.q)
  const now = useNow(60_000)
  const sessionFingerprint = useSessionFingerprint()

  const rows = useMemo(() => (tokens.data ? toRows(tokens.data, now) : []), [tokens.data, now])
  const matching = useMemo(
    () => applyView(rows, { ...view, q: deferredQ }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [rows, deferredQ, view.kind, view.expiry, view.db, view.sort, view.dir],
  )

  const update = (patch: Partial<TokenView>, { replace = false } = {}) =>
    setParams(writeView({ ...view, page: 1, ...patch }), { replace })

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

  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE))
  const page = Math.min(view.page, pages)
  const first = (page - 1) * PAGE_SIZE
  const visible = matching.slice(first, first + PAGE_SIZE)
  const databaseNames = databaseOptions(databases.data, view.db)

  return (
    <section aria-label="Token list" className={styles.list}>
      <div className={styles.toolbar} role="search" aria-label="Filter tokens">
        <div className={styles.control}>
          <label htmlFor={`${id}-q`}>Search</label>
          <input
            id={`${id}-q`}
            type="search"
            aria-label="Search tokens by name"
            placeholder="Token name"
            value={view.q}
            onChange={(event) => update({ q: event.target.value }, { replace: true })}
          />
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={view.kind ?? ''} onChange={(event) => update({ kind: oneOf(event.target.value, KINDS) })}>
            <option value="">All kinds</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {TOKEN_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-expiry`}>Expiry</label>
          <select
            id={`${id}-expiry`}
            value={view.expiry ?? ''}
            onChange={(event) => update({ expiry: oneOf(event.target.value, EXPIRY_FILTERS) })}
          >
            <option value="">Any expiry</option>
            {EXPIRY_FILTERS.map((status) => (
              <option key={status} value={status}>
                {EXPIRY_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-db`}>Database</label>
          <select id={`${id}-db`} value={view.db ?? ''} onChange={(event) => update({ db: event.target.value || null })}>
            <option value="">Any database</option>
            {databaseNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select id={`${id}-sort`} value={view.sort} onChange={(event) => update({ sort: oneOf(event.target.value, SORT_KEYS) ?? 'name' })}>
            {Object.entries(SORT_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
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
      </div>

      {view.db ? (
        <p className={styles.context}>
          Tokens that can reach <strong>{view.db}</strong>, by name or through a wildcard.{' '}
          <Link to={databasesHref(view.db)}>Open database {view.db}</Link>
        </p>
      ) : null}

      <p role="status" className={styles.summary}>
        {tokens.data.length === 0
          ? 'This server has no tokens yet.'
          : matching.length === 0
            ? `No tokens match these filters (of ${count.format(tokens.data.length)}).`
            : `Showing ${count.format(first + 1)}–${count.format(first + visible.length)} of ${count.format(matching.length)} ${
                matching.length === 1 ? 'token' : 'tokens'
              }${isFiltered(view) ? ` (filtered from ${count.format(tokens.data.length)})` : ''}.`}
      </p>

      {matching.length === 0 && isFiltered(view) ? (
        <Button onClick={() => setParams(new URLSearchParams())}>Clear filters</Button>
      ) : null}

      {visible.length > 0 ? <TokenTable rows={visible} now={now} sessionFingerprint={sessionFingerprint} /> : null}

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

/** Live databases (not deleted), plus the one in the URL even if it no longer exists. */
function databaseOptions(databases: Database[] | undefined, selected: string | null): string[] {
  const names = (databases ?? []).filter((db) => !db.deleted).map((db) => db.name)
  if (selected && !names.includes(selected)) names.push(selected)
  return names.sort()
}
