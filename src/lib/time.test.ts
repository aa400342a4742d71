import { describe, expect, it } from 'vitest'

import { formatNaiveUtc, formatRfc3339, parseUtcTimestamp } from './time'

describe('parseUtcTimestamp', () => {
  it('reads a naive timestamp as UTC, not local time', () => {
    expect(parseUtcTimestamp('2026-06-25T10:11:12.345')?.toISOString()).toBe('2026-06-25T10:11:12.345Z')
  })

  it('keeps an explicit zone', () => {
    expect(parseUtcTimestamp('2026-06-25T10:11:12Z')?.toISOString()).toBe('2026-06-25T10:11:12.000Z')
    expect(parseUtcTimestamp('2026-06-25T12:11:12+02:00')?.toISOString()).toBe('2026-06-25T10:11:12.000Z')
  })

  it('returns null for text that is not a timestamp', () => {
    expect(parseUtcTimestamp('yesterday')).toBeNull()
  })
})

describe('server timestamp forms', () => {
  it('writes naive UTC with the fraction only when it is not zero', () => {
    expect(formatNaiveUtc(new Date('2026-06-25T10:11:12.000Z'))).toBe('2026-06-25T10:11:12')
    expect(formatNaiveUtc(new Date('2026-06-25T10:11:12.120Z'))).toBe('2026-06-25T10:11:12.120')
  })

  it('writes RFC 3339 with Z and the fraction only when it is not zero', () => {
    expect(formatRfc3339(new Date('2026-06-25T10:11:12.000Z'))).toBe('2026-06-25T10:11:12Z')
    expect(formatRfc3339(new Date('2026-06-25T10:11:12.345Z'))).toBe('2026-06-25T10:11:12.345Z')
  })
})
