import { describe, expect, it } from 'vitest'
import type { Token } from '../../api/types'
import { parsePermissions } from '../../lib/permissions'
import { applyView, readView, toRows, writeView, type TokenView } from './token-filters'

const now = Date.parse('2026-11-24T12:00:00Z')

function token(name: string, permissions: string, extra: Partial<Token> = {}): Token {
  const parsed = parsePermissions(permissions)
  if (!parsed.ok) throw new Error(parsed.error)
  return {
    id: 0,
    name,
    fingerprint: 'abcdef012',
    createdAt: Date.parse('2026-01-01T00:00:00Z'),
    expiresAt: undefined,
    permissions: parsed.permissions,
    permissionsText: permissions,
    ...extra,
  }
}

const rows = toRows(
  [
    token('_admin', '*:*:*'),
    token('ci-admin', '*:*:*', { expiresAt: Date.parse('2026-11-26T00:00:00Z') }),
    token('grafana-sensors', 'db:sensors:read', { createdAt: Date.parse('2026-03-01T00:00:00Z') }),
    token('telegraf-all', 'db:*:write', { expiresAt: Date.parse('2026-02-01T00:00:00Z') }),
    token('health', 'system:health:read'),
  ],
  now,
)

const base: TokenView = { q: '', kind: null, expiry: null, db: null, sort: 'name', dir: 'asc', page: 1 }
const names = (view: Partial<TokenView>) => applyView(rows, { ...base, ...view }).map((r) => r.token.name)

describe('the token view in the URL', () => {
  it('reads defaults from an empty query string and writes nothing back for them', () => {
    expect(readView(new URLSearchParams())).toEqual(base)
    expect(writeView(base).toString()).toBe('')
  })

  it('round-trips every setting', () => {
    const view: TokenView = { q: 'graf', kind: 'database', expiry: 'active', db: 'sensors', sort: 'expiry', dir: 'desc', page: 3 }
    expect(readView(writeView(view))).toEqual(view)
  })

  it('ignores values it does not know instead of failing', () => {
    expect(readView(new URLSearchParams('kind=root&expiry=soon&sort=size&page=-4'))).toEqual(base)
  })
})

describe('applyView', () => {
  it('searches names case-insensitively', () => {
    expect(names({ q: 'GRAFANA' })).toEqual(['grafana-sensors'])
  })

  it('filters by kind and by expiry state', () => {
    expect(names({ kind: 'admin' })).toEqual(['ci-admin'])
    expect(names({ expiry: 'expiring' })).toEqual(['ci-admin'])
    expect(names({ expiry: 'expired' })).toEqual(['telegraf-all'])
  })

  it('filters by database, counting wildcard and admin tokens as granting it', () => {
    expect(names({ db: 'sensors' })).toEqual(['_admin', 'ci-admin', 'grafana-sensors', 'telegraf-all'])
  })

  it('sorts by expiry with never-expiring tokens last, and reverses on desc', () => {
    expect(names({ sort: 'expiry' })).toEqual(['telegraf-all', 'ci-admin', '_admin', 'grafana-sensors', 'health'])
    expect(names({ sort: 'created', dir: 'desc' })[0]).toBe('grafana-sensors')
  })
})
