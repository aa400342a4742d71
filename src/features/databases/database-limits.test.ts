import { describe, expect, it } from 'vitest'

import { checkLimits, describeSettings, limitFromInput, limitsToInputs, planSettings } from './database-limits'

const DAY = 86_400

describe('limitFromInput', () => {
  it('reads a whole number of at least 1, spaces around it allowed', () => {
    expect(limitFromInput(' 500 ', 'required')).toEqual({ ok: true, value: 500 })
    expect(limitFromInput('1', 'default')).toEqual({ ok: true, value: 1 })
  })

  it('takes blank as the server’s default when creating, and refuses it when changing', () => {
    expect(limitFromInput('  ', 'default')).toEqual({ ok: true, value: undefined })
    expect(limitFromInput('', 'required')).toEqual({ ok: false, error: 'Enter a whole number of at least 1.' })
  })

  it.each([
    ['0', 'A limit must be at least 1.'],
    ['-1', 'Enter a whole number, such as 500.'],
    ['1e3', 'Enter a whole number, such as 500.'],
    ['12.0', 'Enter a whole number, such as 500.'],
    ['9007199254740993', 'That number is too large.'],
  ])('refuses %s', (text, error) => {
    expect(limitFromInput(text, 'default')).toEqual({ ok: false, error })
  })
})

describe('checkLimits', () => {
  it('leaves blank limits out, and holds nothing while any is invalid', () => {
    expect(checkLimits({ maxTables: '', maxColumnsPerTable: '300' }, 'default')).toEqual({
      limits: { maxColumnsPerTable: 300 },
      errors: { maxTables: null, maxColumnsPerTable: null },
    })
    expect(checkLimits({ maxTables: 'x', maxColumnsPerTable: '300' }, 'default')).toEqual({
      limits: null,
      errors: { maxTables: 'Enter a whole number, such as 500.', maxColumnsPerTable: null },
    })
  })

  it('round-trips a database’s limits through the fields', () => {
    expect(checkLimits(limitsToInputs({ maxTables: 500, maxColumnsPerTable: 200 }), 'required').limits).toEqual({
      maxTables: 500,
      maxColumnsPerTable: 200,
    })
  })
})

describe('planSettings', () => {
  const db = { limits: { maxTables: 500, maxColumnsPerTable: 200 }, retentionSeconds: 30 * DAY }
  const same = { humantime: '30d', seconds: 30 * DAY }

  it('changes nothing for the database’s own settings', () => {
    expect(planSettings(db, { maxTables: 500, maxColumnsPerTable: 200 }, same)).toEqual({ change: {}, lines: [] })
  })

  it('holds only what differs, and says it as before → after', () => {
    expect(planSettings(db, { maxTables: 1000, maxColumnsPerTable: 200 }, { humantime: null, seconds: undefined })).toEqual({
      change: { limits: { maxTables: 1000 }, retention: null },
      lines: ['Max tables: 500 → 1,000', 'Retention: 30 days → Infinite'],
    })
    expect(planSettings(db, { maxTables: 500, maxColumnsPerTable: 200 }, { humantime: '2w', seconds: 14 * DAY }).change).toEqual({
      retention: '2w',
    })
  })
})

describe('describeSettings', () => {
  it('says the limits and the retention, or the retention alone where there are no limits', () => {
    expect(describeSettings({ limits: { maxTables: 500, maxColumnsPerTable: 200 }, retentionSeconds: undefined })).toBe(
      'at most 500 tables and 200 columns per table, retention infinite',
    )
    expect(describeSettings({ limits: undefined, retentionSeconds: 3 * DAY })).toBe('retention 3 days')
  })
})
