import { describe, expect, it } from 'vitest'

import { formatHumantime, parseHumantime } from './duration'

describe('parseHumantime', () => {
  it.each([
    ['7d', 604_800],
    ['30d', 2_592_000],
    ['1y', 31_557_600],
    ['1M', 2_630_016],
    ['5m', 300],
    ['1h 30m', 5_400],
    ['2weeks', 1_209_600],
    ['3 days', 259_200],
    ['10s', 10],
  ])('reads %s as %i seconds, as the CLI does', (text, seconds) => {
    expect(parseHumantime(text)).toBe(seconds)
  })

  it.each(['', 'soon', '7', 'd7', '7 parsecs', '1y and 2d'])('refuses %j', (text) => {
    expect(parseHumantime(text)).toBeNull()
  })
})

describe('formatHumantime', () => {
  it('writes the largest units first', () => {
    expect(formatHumantime(90_061)).toBe('1d 1h 1m 1s')
    expect(formatHumantime(31_557_600)).toBe('1y')
    expect(formatHumantime(0)).toBe('0s')
  })

  it('round-trips through parseHumantime', () => {
    for (const seconds of [60, 604_800, 2_630_016, 31_557_600 + 86_400]) {
      expect(parseHumantime(formatHumantime(seconds))).toBe(seconds)
    }
  })
})
