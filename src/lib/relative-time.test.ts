import { describe, expect, it } from 'vitest'

import { formatRelative, formatUtcDate, formatUtcDateTime } from './relative-time'

const now = Date.parse('2026-11-24T12:00:00Z')

describe('formatRelative', () => {
  it.each([
    ['2026-11-27T12:00:00Z', 'in 3 days'],
    ['2026-11-24T07:00:00Z', '5 hours ago'],
    ['2026-11-25T12:00:00Z', 'tomorrow'],
    ['2027-12-24T12:00:00Z', 'next year'],
    ['2026-11-24T12:00:20Z', 'in less than a minute'],
    ['2026-11-24T11:59:50Z', 'just now'],
    // A token made a moment ago for 3 days still reads "in 3 days", not "in 2 days".
    ['2026-11-27T11:59:00Z', 'in 3 days'],
  ])('describes %s as %j', (iso, words) => {
    expect(formatRelative(new Date(iso), now)).toBe(words)
  })
})

describe('UTC formats', () => {
  it('writes dates in UTC whatever the local zone', () => {
    expect(formatUtcDate(new Date('2026-05-01T23:30:00Z'))).toBe('2026-05-01')
    expect(formatUtcDateTime(new Date('2026-05-01T23:30:05Z'))).toBe('1 May 2026, 23:30:05 UTC')
  })
})
