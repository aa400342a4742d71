import { describe, expect, it } from 'vitest'
import { resolveExpiry } from './expiry'

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
