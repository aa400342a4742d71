/** The pure filtering behind the token list's view (token-view.ts): index, match, order, page. */
import type { Token } from '../../../backends/domain'
import type { TokenFilter, TokenKinds } from '../../../backends/product-screens'
import { pageBounds } from '../../../lib/paging'
import { sortedSlice } from '../../../lib/sorted-slice'
import { databaseAccess, derivedDescription, expiryStatus } from '../../../lib/token-describe'
import { type TokenView, utcDay } from './token-view'

export const PAGE_SIZE = 100

/** Shared by every token with the same permission list: never mutate. */
export type DatabaseReach = Readonly<{ all: boolean; names: readonly string[] }>

/**
 * The tokens, and what the list derives from each: no object per token beyond the token itself
 * (at 10 000 tokens every extra object shows in the heap). Tokens with the same permission text
 * share one parsed list (see listTokens), so kind and database reach are derived once per
 * distinct list; expiry depends on the time and is judged when filtering.
 */
export interface TokenIndex {
  tokens: readonly Token[]
  kind: (token: Token) => string
  reach: (token: Token) => DatabaseReach
  /** Full access: the kind's badge tone is the operator's or `full-access`. */
  full: (token: Token) => boolean
  /** Lowercase text a search matches: the name, or for a token without one, its derived description and id. */
  searchText: (token: Token) => string
  filters: readonly TokenFilter[]
}

export function indexTokens(tokens: readonly Token[], kinds: TokenKinds, filters: readonly TokenFilter[] = []): TokenIndex {
  const facts = new Map<Token['permissions'], { kind: string; reach: DatabaseReach; derived: string }>()
  const special = new Set(kinds.namesThatMatter)
  const factsOf = (token: Token) => {
    let known = facts.get(token.permissions)
    if (!known) {
      // The names that matter (the operator token) are asked about by kind() itself.
      known = {
        kind: kinds.kindOf(token.permissions, ''),
        reach: databaseAccess(token.permissions),
        derived: derivedDescription(token.permissions).toLowerCase(),
      }
      facts.set(token.permissions, known)
    }
    return known
  }
  const kind = (token: Token) => (special.has(token.name) ? kinds.kindOf(token.permissions, token.name) : factsOf(token).kind)
  return {
    tokens,
    filters,
    kind,
    reach: (token) => factsOf(token).reach,
    full: (token) => {
      const tone = kinds.tones[kind(token)]
      return tone === 'operator' || tone === 'full-access'
    },
    searchText: (token) => (token.name === '' ? `${factsOf(token).derived} ${token.id}` : token.name.toLowerCase()),
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
/** Names as people read them; the id settles names the collator finds equal ("A" and "a"). */
/** Ids of one product have one form (numbers as text, hex, UUIDs): shorter first orders numbers. */
const byId = (a: Token, b: Token) => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const byName = (a: Token, b: Token) => collator.compare(a.name, b.name) || byId(a, b)
/** Tokens that never expire sort after every date. */
const expiryTime = (token: Token) => token.expiresAt ?? Number.POSITIVE_INFINITY

/** The view's order: a total order, ties broken by name (ascending for creation time). */
export function orderOf(view: Pick<TokenView, 'sort' | 'dir'>): (a: Token, b: Token) => number {
  const sign = view.dir === 'asc' ? 1 : -1
  switch (view.sort) {
    case 'name':
      return (a, b) => sign * byName(a, b)
    case 'created':
      return (a, b) => sign * (a.createdAt - b.createdAt) || byName(a, b)
    case 'expiry':
      return (a, b) => sign * (expiryTime(a) - expiryTime(b) || byName(a, b))
  }
}

/** Whether a token passes the view's search and filters (revoked ones aside: see viewPage). */
export function matcher(index: TokenIndex, view: TokenView, now: number): (token: Token) => boolean {
  const q = view.q.trim().toLowerCase()
  return (token) => {
    if (q && !index.searchText(token).includes(q)) return false
    if (view.kind && index.kind(token) !== view.kind) return false
    if (view.expiry && expiryStatus(token.expiresAt, now) !== view.expiry) return false
    if (view.full && !index.full(token)) return false
    if (view.day && (token.expiresAt === undefined || utcDay(token.expiresAt) !== view.day)) return false
    if (index.filters.some((f) => view.extra[f.param] && !f.matches(token, view.extra[f.param] ?? ''))) return false
    if (view.db) {
      const reach = index.reach(token)
      if (!reach.all && !reach.names.includes(view.db)) return false
    }
    return true
  }
}

/**
 * One page of the view: the tokens that match (unordered), how many, how many more would if revoked ones were shown,
 * and the page's tokens in the view's order. Only the page is sorted out of the matches (see
 * sortedSlice), so showing the first page of 10 000 tokens, or narrowing them with each
 * keystroke, compares a fraction of what a full sort would.
 */
export function viewPage(index: TokenIndex, view: TokenView, now: number, size: number) {
  const matches = matcher(index, view, now)
  let hiddenRevoked = 0
  const matching = index.tokens.filter((token) => {
    if (!matches(token)) return false
    if (token.status !== 'revoked' || view.revoked) return true
    // Counted after the other filters: the summary says how many of the matches it hides.
    hiddenRevoked++
    return false
  })
  const bounds = pageBounds(matching.length, view.page, size)
  const visible = sortedSlice(matching, orderOf(view), bounds.first, bounds.first + size)
  return { ...bounds, total: matching.length, hiddenRevoked, visible, matching }
}

/** The columns a product's tokens fill: no column stays empty on every row. */
export interface TokenColumns {
  fingerprint: boolean
  owner: boolean
  updated: boolean
}

export function tokenColumns(tokens: readonly Token[]): TokenColumns {
  return {
    fingerprint: tokens.some((t) => t.fingerprint !== undefined),
    owner: tokens.some((t) => t.owner !== undefined),
    updated: tokens.some((t) => t.updatedAt !== undefined),
  }
}
