import { describe, expect, it } from 'vitest'
import { summarizeToken, validateTokenName } from './token-form-model'

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
    expect(summarizeToken('admin', 'ci', [], at)).toBe(
      '“ci” will have full access to this server — every database and every token — until 24 Dec 2026, 12:00:00 UTC.',
    )
  })

  it('says plainly when a token never expires', () => {
    expect(summarizeToken('admin', 'ci', [], null)).toContain('and will never expire.')
  })

  it('lists database abilities, wildcards in words', () => {
    expect(
      summarizeToken(
        'database',
        'grafana',
        [
          { resourceType: 'db', resourceNames: ['sensors', 'weather'], actions: ['read'] },
          { resourceType: 'db', resourceNames: ['*'], actions: ['write'] },
        ],
        null,
      ),
    ).toBe('“grafana” will be able to read sensors and weather and write every database, including ones created later, and will never expire.')
  })

  it('describes system endpoints', () => {
    expect(
      summarizeToken('system', 'probe', [{ resourceType: 'system', resourceNames: ['health', 'ping'], actions: ['read'] }], at),
    ).toBe('“probe” will be able to read the health and ping endpoints, until 24 Dec 2026, 12:00:00 UTC.')
  })

  it('says when nothing is chosen yet', () => {
    expect(summarizeToken('database', 'x', [], null)).toContain('choose at least one permission')
  })
})
