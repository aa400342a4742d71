import { describe, expect, it } from 'vitest'
import { formatRetention } from './retention'

describe('formatRetention', () => {
  it.each([
    [undefined, 'Infinite'],
    [2_592_000, '30 days'],
    [604_800, '1 week'],
    [31_557_600, '1 year'],
    [7_200, '2 hours'],
    [61, '61 seconds'],
  ])('shows %s seconds as %j', (seconds, words) => {
    expect(formatRetention(seconds)).toBe(words)
  })
})
