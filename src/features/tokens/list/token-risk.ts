/**
 * Risk at a glance, as pure functions over the list's index: how many listed tokens are expired,
 * expire within 7 days, never expire or have full access; and the expiry timeline's marks, one
 * per UTC day, so 10 000 tokens make at most about 90 marks.
 */
import type { Token } from '../../../backends/domain'
import { expiryStatus } from '../../../lib/token-describe'
import { matcher, type TokenIndex } from './token-filters'
import { type TokenView, utcDay } from './token-view'

export interface RiskCounts {
  expired: number
  expiring: number
  never: number
  full: number
}

/** A token the list shows by default: revoked ones only when "Show revoked" is ticked. */
const listed = (token: Token, view: TokenView) => token.status !== 'revoked' || view.revoked

/**
 * Each count is what its button would list: the view's other filters apply, and the expiry
 * counts ignore the expiry filters (the button replaces them) as the full-access count ignores
 * its own, so the two kinds of filter combine ("full access" and "never expire").
 */
export function riskCounts(index: TokenIndex, view: TokenView, now: number): RiskCounts {
  const counts: RiskCounts = { expired: 0, expiring: 0, never: 0, full: 0 }
  const base = matcher(index, { ...view, expiry: null, day: null, full: false }, now)
  const day = view.day
  for (const token of index.tokens) {
    if (!listed(token, view) || !base(token)) continue
    const status = expiryStatus(token.expiresAt, now)
    const full = index.full(token)
    if (!view.full || full) {
      if (status === 'expired') counts.expired++
      else if (status === 'expiring') counts.expiring++
      else if (status === 'never') counts.never++
    }
    const onDay = day === null || (token.expiresAt !== undefined && utcDay(token.expiresAt) === day)
    if (full && onDay && (view.expiry === null || status === view.expiry)) counts.full++
  }
  return counts
}

export const TIMELINE_DAYS = 90
const DAY_MS = 86_400_000

/** The tokens that expire on one UTC day, placed on the axis (0 = today, 1 = 90 days on). */
export interface TimelineMark {
  day: string
  /** The day's start (UTC), in ms. */
  at: number
  position: number
  tokens: Token[]
}

export interface Timeline {
  /** Already expired: one mark left of today. */
  expired: Token[]
  marks: TimelineMark[]
  /** Expiring after the axis ends. */
  later: number
  never: number
}

/**
 * The listed tokens (the view's filters aside: the timeline is the whole server's picture) by the
 * UTC day they expire, for the next 90 days; each day's tokens soonest first.
 */
export function expiryTimeline(tokens: readonly Token[], now: number, showRevoked: boolean): Timeline {
  const today = Math.floor(now / DAY_MS) * DAY_MS
  const end = today + (TIMELINE_DAYS + 1) * DAY_MS
  const expired: Token[] = []
  const byDay = new Map<number, Token[]>()
  let later = 0
  let never = 0
  for (const token of tokens) {
    if (token.status === 'revoked' && !showRevoked) continue
    const at = token.expiresAt
    if (at === undefined) never++
    else if (at <= now) expired.push(token)
    else if (at >= end) later++
    else {
      const start = Math.floor(at / DAY_MS) * DAY_MS
      const day = byDay.get(start)
      if (day) day.push(token)
      else byDay.set(start, [token])
    }
  }
  const soonest = (a: Token, b: Token) => (a.expiresAt ?? 0) - (b.expiresAt ?? 0)
  const marks = [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, dayTokens]) => ({
      day: utcDay(at),
      at,
      position: (at - today) / (TIMELINE_DAYS * DAY_MS),
      tokens: dayTokens.sort(soonest),
    }))
  return { expired: expired.sort(soonest), marks, later, never }
}
