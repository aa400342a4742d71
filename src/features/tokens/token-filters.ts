/**
 * The token list's view state — search, filters, sort, page — read from and written to the
 * URL, so a view can be bookmarked and the back button works; and the pure filtering behind it.
 */
import type { Token } from '../../api/types'
import { databaseAccess, expiryStatus, type ExpiryStatus } from '../../lib/token-describe'
import { tokenKind, type TokenKind } from '../../lib/token-kind'

export const KINDS: readonly TokenKind[] = ['operator', 'admin', 'database', 'system', 'mixed']
export const EXPIRY_FILTERS: readonly ExpiryStatus[] = ['active', 'expiring', 'expired', 'never']
export const SORT_KEYS = ['name', 'created', 'expiry'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDir = 'asc' | 'desc'

export const PAGE_SIZE = 100

export interface TokenView {
  q: string
  kind: TokenKind | null
  expiry: ExpiryStatus | null
  db: string | null
  sort: SortKey
  dir: SortDir
  page: number
}

/** The value if it is one of `allowed`, else null: URLs and selects are untrusted text. */
export const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  allowed.find((a) => a === value) ?? null

export function readView(params: URLSearchParams): TokenView {
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    q: params.get('q') ?? '',
    kind: oneOf(params.get('kind'), KINDS),
    expiry: oneOf(params.get('expiry'), EXPIRY_FILTERS),
    db: params.get('db') || null,
    sort: oneOf(params.get('sort'), SORT_KEYS) ?? 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** Only non-default values go into the URL, so the plain list stays at a plain `/tokens`. */
export function writeView(view: TokenView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.q) params.set('q', view.q)
  if (view.kind) params.set('kind', view.kind)
  if (view.expiry) params.set('expiry', view.expiry)
  if (view.db) params.set('db', view.db)
  if (view.sort !== 'name') params.set('sort', view.sort)
  if (view.dir !== 'asc') params.set('dir', view.dir)
  if (view.page > 1) params.set('page', String(view.page))
  return params
}

export function isFiltered(view: TokenView): boolean {
  return Boolean(view.q || view.kind || view.expiry || view.db)
}

/** A token with what the list needs derived once, not per render of each row. */
export interface TokenRow {
  token: Token
  kind: TokenKind
  expiry: ExpiryStatus
  /** Shared by every token with the same permission list: never mutate. */
  access: Readonly<{ all: boolean; names: readonly string[] }>
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const byName = (a: TokenRow, b: TokenRow) => collator.compare(a.token.name, b.token.name)

/**
 * The list's rows, sorted by name. Tokens with the same permission text share one parsed list
 * (see listTokens), so the access derived from it is computed and kept once per distinct list.
 * Sorting by name here, once per load, lets every view keep that order instead of comparing
 * 10 000 names again on each keystroke (the sort is stable, so it also breaks ties by name).
 */
export function toRows(tokens: readonly Token[], now: number): TokenRow[] {
  const accessOf = new Map<Token['permissions'], TokenRow['access']>()
  const rows = tokens.map((token) => {
    let access = accessOf.get(token.permissions)
    if (!access) {
      access = databaseAccess(token.permissions)
      accessOf.set(token.permissions, access)
    }
    return { token, kind: tokenKind(token.name, token.permissions), expiry: expiryStatus(token.expiresAt, now), access }
  })
  return rows.sort(byName)
}

/** Tokens that never expire sort after every date. */
const expiryTime = (row: TokenRow) => row.token.expiresAt ?? Number.POSITIVE_INFINITY

/** Filters and sorts rows that `toRows` made (sorted by name); ties keep name order. */
export function applyView(rows: readonly TokenRow[], view: Omit<TokenView, 'page'>): TokenRow[] {
  const q = view.q.trim().toLowerCase()
  const filtered = rows.filter(
    (row) =>
      (!q || row.token.name.toLowerCase().includes(q)) &&
      (!view.kind || row.kind === view.kind) &&
      (!view.expiry || row.expiry === view.expiry) &&
      (!view.db || row.access.all || row.access.names.includes(view.db)),
  )
  const sign = view.dir === 'asc' ? 1 : -1
  switch (view.sort) {
    case 'name':
      return sign === 1 ? filtered : filtered.reverse()
    case 'created':
      return filtered.sort((a, b) => sign * (a.token.createdAt - b.token.createdAt))
    case 'expiry':
      return filtered.sort((a, b) => sign * (expiryTime(a) - expiryTime(b) || byName(a, b)))
  }
}
