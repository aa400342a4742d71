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
  access: { all: boolean; names: string[] }
}

export function toRows(tokens: readonly Token[], now: number): TokenRow[] {
  return tokens.map((token) => ({
    token,
    kind: tokenKind(token.name, token.permissions),
    expiry: expiryStatus(token.expiresAt, now),
    access: databaseAccess(token.permissions),
  }))
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function compare(a: TokenRow, b: TokenRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.token.name, b.token.name)
    case 'created':
      return a.token.createdAt.getTime() - b.token.createdAt.getTime()
    case 'expiry': {
      // Tokens that never expire sort after every date.
      const at = (row: TokenRow) => row.token.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY
      return at(a) - at(b) || collator.compare(a.token.name, b.token.name)
    }
  }
}

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
  return filtered.sort((a, b) => sign * compare(a, b, view.sort))
}
