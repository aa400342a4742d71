import { describe, expect, it } from 'vitest'

import { checkRecordedExpiry, resolveExpiry } from './expiry'

const now = Date.parse('2026-11-24T12:00:00Z')

describe('resolveExpiry', () => {
  it.each([
    ['7d', 604_800],
    ['30d', 2_592_000],
    ['90d', 7_776_000],
    ['1y', 31_557_600],
  ] as const)('sends the %s preset as %i seconds, as the CLI does', (preset, seconds) => {
    expect(resolveExpiry({ kind: 'preset', preset }, now)).toEqual({
      ok: true,
      seconds,
      at: new Date(now + seconds * 1000),
    })
  })

  it('sends no expiry for Never', () => {
    expect(resolveExpiry({ kind: 'never' }, now)).toEqual({ ok: true, seconds: null, at: null })
  })

  it('turns a custom date into whole seconds from now', () => {
    const result = resolveExpiry({ kind: 'custom', at: new Date('2026-12-24T12:00:00Z') }, now)
    expect(result).toMatchObject({ ok: true, seconds: 30 * 86_400 })
  })

  it.each([
    ['a past date', new Date('2026-01-01T00:00:00Z'), 'must be in the future'],
    ['now', new Date(now), 'must be in the future'],
    ['half a minute away', new Date(now + 30_000), 'must be in the future'],
    ['over 100 years away', new Date('2200-01-01T00:00:00Z'), 'within 100 years'],
    ['no date', null, 'Enter a date and time'],
    ['an invalid date', new Date('nonsense'), 'Enter a date and time'],
  ])('refuses %s, so no token is expired at birth', (_label, at, error) => {
    const result = resolveExpiry({ kind: 'custom', at }, now)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain(error)
  })
})

describe('checkRecordedExpiry', () => {
  const created = Date.parse('2026-11-24T12:00:00Z')

  it('accepts what was asked: never, or created + the seconds sent', () => {
    expect(checkRecordedExpiry(null, { createdAt: created, expiresAt: undefined })).toEqual({ ok: true })
    expect(checkRecordedExpiry(604_800, { createdAt: created, expiresAt: created + 604_800_000 })).toEqual({ ok: true })
    expect(checkRecordedExpiry(604_800, { createdAt: created, expiresAt: created + 604_800_000 + 999 })).toEqual({ ok: true })
  })

  it('reports a "never" token recorded as expiring at birth (influxdb#27620)', () => {
    expect(checkRecordedExpiry(null, { createdAt: created, expiresAt: created })).toEqual({
      ok: false,
      problem: 'expired-at-birth',
      recordedAt: created,
    })
  })

  it('reports a dated token recorded as expired at birth', () => {
    expect(checkRecordedExpiry(86_400, { createdAt: created, expiresAt: created - 1000 })).toMatchObject({
      problem: 'expired-at-birth',
    })
  })

  it('reports an expiry where none was asked, and none where one was', () => {
    expect(checkRecordedExpiry(null, { createdAt: created, expiresAt: created + 86_400_000 })).toMatchObject({
      problem: 'expires-though-never-asked',
    })
    expect(checkRecordedExpiry(86_400, { createdAt: created, expiresAt: undefined })).toMatchObject({
      problem: 'never-though-date-asked',
    })
  })

  it('reports a different date', () => {
    expect(checkRecordedExpiry(86_400, { createdAt: created, expiresAt: created + 2 * 86_400_000 })).toEqual({
      ok: false,
      problem: 'other-date',
      recordedAt: created + 2 * 86_400_000,
    })
  })
})
