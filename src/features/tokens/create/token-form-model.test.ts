import { describe, expect, it } from 'vitest'

import { influxdb3Screens } from '../../../backends/influxdb3/screens'
import type { TokenGrants } from '../../../backends/product-screens'
import { summarizeToken, validateTokenName } from './token-form-model'

/** InfluxDB 3's token types, as the form receives them. */
const grantsOf = (id: string): TokenGrants => {
  const type = influxdb3Screens.tokenTypes.find((t) => t.id === id)
  if (!type) throw new Error(`no token type ${id}`)
  return type.grants
}

const existing = new Set(['_admin', 'grafana'])

describe('validateTokenName', () => {
  it.each([
    ['', 'Enter a name'],
    ['   ', 'Enter a name'],
    ['grafana', 'already exists'],
    ['  grafana  ', 'already exists'],
    ['_admin', 'already exists'],
    ['x'.repeat(201), 'at most 200 characters'],
    ['evil\u202Egnp.exe', 'invisible control or text-direction characters'],
    ['tab\tname', 'invisible'],
  ])('refuses %j', (name, reason) => {
    expect(validateTokenName(name, existing)).toContain(reason)
  })

  it.each(['ci-writer', '  padded  ', 'émoji 🚀', '<img src=x onerror=alert(1)>'])('accepts %j', (name) => {
    expect(validateTokenName(name, existing)).toBeNull()
  })
})

describe('summarizeToken', () => {
  const at = new Date('2026-12-24T12:00:00Z')

  it('says an admin token has full access, and until when', () => {
    expect(summarizeToken(grantsOf('admin'), 'ci', [], at)).toBe(
      '“ci” will have full access to this server — every database and every token — until 24 Dec 2026, 12:00:00 UTC.',
    )
  })

  it('says plainly when a token never expires', () => {
    expect(summarizeToken(grantsOf('admin'), 'ci', [], null)).toContain('and will never expire.')
  })

  it('lists database abilities, wildcards in words', () => {
    expect(
      summarizeToken(
        grantsOf('database'),
        'grafana',
        [
          { resourceType: 'db', resourceNames: ['sensors', 'weather'], actions: ['read'] },
          { resourceType: 'db', resourceNames: ['*'], actions: ['write'] },
        ],
        null,
      ),
    ).toBe(
      '“grafana” will be able to read sensors and weather and write every database, including ones created later, and will never expire.',
    )
  })

  it('describes system endpoints', () => {
    expect(
      summarizeToken(
        grantsOf('system'),
        'probe',
        [{ resourceType: 'system', resourceNames: ['health', 'ping'], actions: ['read'] }],
        at,
      ),
    ).toBe('“probe” will be able to read the health and ping endpoints, until 24 Dec 2026, 12:00:00 UTC.')
  })

  it('says when nothing is chosen yet', () => {
    expect(summarizeToken(grantsOf('database'), 'x', [], null)).toContain('choose at least one permission')
  })
})
