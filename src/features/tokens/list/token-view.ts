/**
 * The token list's view state — search, filters, sort, page — read from and written to the
 * URL, so a view can be bookmarked and the back button works. The filtering behind it is in
 * token-filters.ts, loaded with the rows.
 */
import type { TokenFilter } from '../../../backends/product-screens'
import type { ExpiryStatus } from '../../../lib/token-describe'

export const EXPIRY_FILTERS: readonly ExpiryStatus[] = ['active', 'expiring', 'expired', 'never']
export const SORT_KEYS = ['name', 'created', 'expiry'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDir = 'asc' | 'desc'

export interface TokenView {
  q: string
  /** One of the product's filterable kinds. */
  kind: string | null
  expiry: ExpiryStatus | null
  db: string | null
  sort: SortKey
  dir: SortDir
  page: number
  /** Revoked tokens are listed too (where removing revokes, `tokens.revokes`); hidden by default. */
  revoked: boolean
  /** Only tokens with full access (a kind the product tones `operator` or `full-access`). */
  full: boolean
  /** Only tokens that expire on this UTC day (`2026-12-03`): the expiry timeline's marks. */
  day: string | null
  /** The product's own filters' values (`ProductScreens.tokenFilters`), by their URL parameter. */
  extra: Readonly<Record<string, string>>
}

/** The value if it is one of `allowed`, else null: URLs and selects are untrusted text. */
export const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  allowed.find((a) => a === value) ?? null

export function readView(params: URLSearchParams, kinds: readonly string[], filters: readonly TokenFilter[] = []): TokenView {
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    q: params.get('q') ?? '',
    kind: oneOf(params.get('kind'), kinds),
    expiry: oneOf(params.get('expiry'), EXPIRY_FILTERS),
    db: params.get('db') || null,
    sort: oneOf(params.get('sort'), SORT_KEYS) ?? 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    revoked: params.get('revoked') === '1',
    full: params.get('access') === 'full',
    day: /^\d{4}-\d\d-\d\d$/.test(params.get('expires') ?? '') ? params.get('expires') : null,
    extra: extraValues(params, filters),
  }
}

function extraValues(params: URLSearchParams, filters: readonly TokenFilter[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const { param } of filters) {
    const value = params.get(param)
    if (value) values[param] = value
  }
  return values
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
  if (view.revoked) params.set('revoked', '1')
  if (view.full) params.set('access', 'full')
  if (view.day) params.set('expires', view.day)
  for (const [param, value] of Object.entries(view.extra)) if (value) params.set(param, value)
  return params
}

export function isFiltered(view: TokenView): boolean {
  return Boolean(
    view.q || view.kind || view.expiry || view.db || view.full || view.day || Object.values(view.extra).some(Boolean),
  )
}

/** The UTC day of a moment, as the URL writes it: `2026-12-03`. */
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10)
