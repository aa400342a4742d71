import { describe, expect, it } from 'vitest'

import { formatRetention, retentionFromInput, retentionToInput } from './retention'

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

describe('retention form input', () => {
  it.each([
    ['30', 'd', '30d', 2_592_000],
    ['12', 'h', '12h', 43_200],
    ['2', 'w', '2w', 1_209_600],
    ['6', 'M', '6M', 6 * 2_630_016],
    ['1', 'y', '1y', 31_557_600],
  ] as const)('sends %s %s as humantime %s', (amount, unit, humantime, seconds) => {
    expect(retentionFromInput(amount, unit)).toEqual({ ok: true, humantime, seconds })
  })

  it.each([
    ['', 'Enter how long'],
    ['abc', 'whole number'],
    ['1.5', 'whole number'],
    ['-3', 'whole number'],
    ['0', 'at least 1'],
    ['1001', 'more than 1000 years'],
  ])('refuses %j', (amount, reason) => {
    const result = retentionFromInput(amount, amount === '1001' ? 'y' : 'd')
    expect(!result.ok && result.error).toContain(reason)
  })

  it('refuses a period shorter than the server’s minimum, and takes the minimum itself', () => {
    const hour = 3600
    expect(retentionFromInput('59', 'm', hour)).toEqual({ ok: false, error: 'The server’s shortest retention period is 1 hour.' })
    expect(retentionFromInput('60', 'm', hour)).toEqual({ ok: true, humantime: '60m', seconds: hour })
    expect(retentionFromInput('1', 's')).toEqual({ ok: true, humantime: '1s', seconds: 1 })
  })

  it('shows an existing period in its largest exact unit', () => {
    expect(retentionToInput(2_592_000)).toEqual({ amount: '30', unit: 'd' })
    expect(retentionToInput(31_557_600)).toEqual({ amount: '1', unit: 'y' })
    expect(retentionToInput(604_800)).toEqual({ amount: '1', unit: 'w' })
    expect(retentionToInput(7_200)).toEqual({ amount: '2', unit: 'h' })
  })

  it('shows a period that is not whole hours exactly, in minutes or seconds', () => {
    expect(retentionToInput(5_400)).toEqual({ amount: '90', unit: 'm' })
    expect(retentionToInput(3_601)).toEqual({ amount: '3601', unit: 's' })
    expect(retentionFromInput('90', 'm')).toEqual({ ok: true, humantime: '90m', seconds: 5_400 })
    expect(retentionFromInput('45', 's')).toEqual({ ok: true, humantime: '45s', seconds: 45 })
  })
})
