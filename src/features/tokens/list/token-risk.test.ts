import { describe, expect, it } from 'vitest'

import type { Token } from '../../../backends/domain'
import { parsePermissions } from '../../../backends/influxdb3/permissions'
import { tokenKinds } from '../../../backends/influxdb3/token-kinds'
import { indexTokens, viewPage } from './token-filters'
import { expiryTimeline, riskCounts } from './token-risk'
import { readView, type TokenView } from './token-view'

const now = Date.parse('2026-11-24T12:00:00Z')
const DAY = 86_400_000

let id = 0
function token(name: string, permissions: string, extra: Partial<Token> = {}): Token {
  const parsed = parsePermissions(permissions)
  if (!parsed.ok) throw new Error(parsed.error)
  return {
    id: String(++id),
    name,
    fingerprint: 'abcdef012',
    createdAt: now - 100 * DAY,
    expiresAt: undefined,
    permissions: parsed.permissions,
    permissionsText: permissions,
    ...extra,
  }
}

const tokens = [
  token('_admin', '*:*:*'),
  token('ci-admin', '*:*:*', { expiresAt: now + 2 * DAY }),
  token('old-admin', '*:*:*', { expiresAt: now - 3 * DAY }),
  token('grafana', 'db:sensors:read', { expiresAt: now + 5 * DAY }),
  token('telegraf', 'db:*:write'),
  token('etl', 'db:weather:read', { expiresAt: now + 40 * DAY }),
  token('archive', 'db:weather:read', { expiresAt: now + 400 * DAY }),
  token('gone', 'db:weather:read', { status: 'revoked', expiresAt: now - DAY }),
]
const index = indexTokens(tokens, tokenKinds)
const view = (patch: Partial<TokenView> = {}): TokenView => ({
  ...readView(new URLSearchParams(), tokenKinds.filterable),
  ...patch,
})
/** How many rows the list shows for this view: what a count promises. */
const listed = (patch: Partial<TokenView>) => viewPage(index, view(patch), now, 1_000).total

describe('the risk counts above the token list', () => {
  it('counts expired, expiring within 7 days, never expiring and full-access tokens, revoked ones left out', () => {
    expect(riskCounts(index, view(), now)).toEqual({ expired: 1, expiring: 2, never: 2, full: 3 })
  })

  it('counts revoked tokens too when the list shows them', () => {
    expect(riskCounts(index, view({ revoked: true }), now).expired).toBe(2)
  })

  it('promises exactly the rows its filter then lists, with the other filters applied', () => {
    for (const base of [{}, { q: 'admin' }, { full: true }, { kind: 'database' }]) {
      const counts = riskCounts(index, view(base), now)
      expect(listed({ ...base, expiry: 'expired' })).toBe(counts.expired)
      expect(listed({ ...base, expiry: 'expiring' })).toBe(counts.expiring)
      expect(listed({ ...base, expiry: 'never' })).toBe(counts.never)
      expect(listed({ ...base, full: true })).toBe(counts.full)
    }
  })

  it('counts full access within the chosen expiry, so the two filters combine', () => {
    expect(riskCounts(index, view({ expiry: 'never' }), now).full).toBe(1)
    expect(riskCounts(index, view({ full: true }), now)).toMatchObject({ expired: 1, expiring: 1, never: 1 })
  })

  it('filters by the UTC day a token expires on, from the URL', () => {
    const day = new Date(now + 5 * DAY).toISOString().slice(0, 10)
    expect(readView(new URLSearchParams(`expires=${day}`), []).day).toBe(day)
    expect(readView(new URLSearchParams('expires=soon'), []).day).toBeNull()
    expect(viewPage(index, view({ day }), now, 10).visible.map((t) => t.name)).toEqual(['grafana'])
  })
})

describe('the expiry timeline', () => {
  it('puts expired tokens left of today, the next 90 days by day, and counts the rest', () => {
    const timeline = expiryTimeline(tokens, now, false)
    expect(timeline.expired.map((t) => t.name)).toEqual(['old-admin'])
    expect(timeline.marks.map((m) => m.tokens.map((t) => t.name))).toEqual([['ci-admin'], ['grafana'], ['etl']])
    expect(timeline.marks.map((m) => m.position)).toEqual([2 / 90, 5 / 90, 40 / 90])
    expect(timeline).toMatchObject({ later: 1, never: 2 })
  })

  it('makes one mark per day however many tokens expire on it', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      token(`t${i}`, 'db:sensors:read', { expiresAt: now + ((i % 30) + 1) * DAY + (i % 7) * 60_000 }),
    )
    const timeline = expiryTimeline(many, now, false)
    expect(timeline.marks).toHaveLength(30)
    expect(timeline.marks.reduce((sum, m) => sum + m.tokens.length, 0)).toBe(10_000)
    // Each day's tokens soonest first.
    const [first] = timeline.marks
    expect(first?.tokens[0]?.expiresAt).toBe(now + DAY)
  })
})
