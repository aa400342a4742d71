/** The database list's view state in the URL (search, sort, deleted, page), the filtering, and how a row reads. */
import type { Database } from '../../backends/domain'
import { formatUtcDateTime } from '../../lib/relative-time'

const SORT_KEYS = ['name', 'retention', 'tables'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const PAGE_SIZE = 100

export interface DatabaseView {
  q: string
  sort: SortKey
  dir: 'asc' | 'desc'
  deleted: boolean
  page: number
}

/** What the product's list can do: keep deleted databases listed, count tables. */
export interface ListAbilities {
  listsDeleted: boolean
  countsTables: boolean
}

/** The sort keys a product's list offers: "tables" only where tables are counted. */
export function sortKeys({ countsTables }: Pick<ListAbilities, 'countsTables'>): readonly SortKey[] {
  return countsTables ? SORT_KEYS : SORT_KEYS.filter((key) => key !== 'tables')
}

/**
 * The view the URL asks for, within what the product can do: a link made on another product
 * (`?deleted=1`, `?sort=tables` on InfluxDB 2) shows the live list sorted by name.
 */
export function readView(params: URLSearchParams, can: ListAbilities): DatabaseView {
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    q: params.get('q') ?? '',
    sort: sortKeys(can).find((k) => k === params.get('sort')) ?? 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    deleted: can.listsDeleted && params.get('deleted') === '1',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

export function writeView(view: DatabaseView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.q) params.set('q', view.q)
  if (view.sort !== 'name') params.set('sort', view.sort)
  if (view.dir !== 'asc') params.set('dir', view.dir)
  if (view.deleted) params.set('deleted', '1')
  if (view.page > 1) params.set('page', String(view.page))
  return params
}

const collator = new Intl.Collator('en', { numeric: true })

function compare(a: Database, b: Database, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name)
    case 'retention': {
      // Infinite retention sorts after every finite period.
      const r = (db: Database) => db.retentionSeconds ?? Number.POSITIVE_INFINITY
      return r(a) - r(b) || collator.compare(a.name, b.name)
    }
    case 'tables':
      // A product that cannot count tables (undefined) sorts first, as zero would.
      return (a.tableCount ?? -1) - (b.tableCount ?? -1) || collator.compare(a.name, b.name)
  }
}

/** Live databases first, `_internal` after them, soft-deleted ones (when shown) last. */
export function applyView(databases: readonly Database[], view: Omit<DatabaseView, 'page'>): Database[] {
  const q = view.q.trim().toLowerCase()
  const sign = view.dir === 'asc' ? 1 : -1
  const group = (db: Database) => (db.deleted ? 2 : db.isSystem ? 1 : 0)
  return databases
    .filter((db) => (view.deleted || !db.deleted) && (!q || db.name.toLowerCase().includes(q)))
    .sort((a, b) => group(a) - group(b) || sign * compare(a, b, view.sort))
}

/** For the deleted-database rows. */
export function describeHardDeletion(db: Database): string {
  return db.hardDeletionAt ? `Data removed ${formatUtcDateTime(db.hardDeletionAt)}` : 'Data kept (no hard-delete time)'
}
