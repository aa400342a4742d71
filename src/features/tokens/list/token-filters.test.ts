import { describe, expect, it } from 'vitest'

import type { Token } from '../../../backends/domain'
import { parsePermissions } from '../../../backends/influxdb3/permissions'
import { tokenKinds } from '../../../backends/influxdb3/token-kinds'
import type { TokenFilter } from '../../../backends/product-screens'
import { indexTokens, type TokenIndex, viewPage } from './token-filters'
import { isFiltered, readView, type TokenView, writeView } from './token-view'

const now = Date.parse('2026-11-24T12:00:00Z')

/** A product's own filter (InfluxDB 2 has one like it): a token's status, active when unset. */
const STATUS: TokenFilter = {
  param: 'status',
  label: 'Status',
  anyLabel: 'Any status',
  options: () => [],
  matches: (token, value) => (token.status ?? 'active') === value,
}

function token(name: string, permissions: string, extra: Partial<Token> = {}): Token {
  const parsed = parsePermissions(permissions)
  if (!parsed.ok) throw new Error(parsed.error)
  return {
    id: '0',
    name,
    fingerprint: 'abcdef012',
    createdAt: Date.parse('2026-01-01T00:00:00Z'),
    expiresAt: undefined,
    permissions: parsed.permissions,
    permissionsText: permissions,
    ...extra,
  }
}

const index = indexTokens(
  [
    token('_admin', '*:*:*'),
    token('ci-admin', '*:*:*', { expiresAt: Date.parse('2026-11-26T00:00:00Z') }),
    token('grafana-sensors', 'db:sensors:read', { createdAt: Date.parse('2026-03-01T00:00:00Z') }),
    token('telegraf-all', 'db:*:write', { expiresAt: Date.parse('2026-02-01T00:00:00Z') }),
    token('health', 'system:health:read'),
  ],
  tokenKinds,
)

const base: TokenView = {
  q: '',
  kind: null,
  expiry: null,
  db: null,
  sort: 'name',
  dir: 'asc',
  page: 1,
  revoked: false,
  full: false,
  day: null,
  extra: {},
}
/** Every matching name, in the view's order (one page big enough for all). */
const inView = (from: TokenIndex, view: Partial<TokenView>, at = now) =>
  viewPage(from, { ...base, ...view }, at, 1_000).visible.map((t) => t.name)
const names = (view: Partial<TokenView>) => inView(index, view)

describe('the token view in the URL', () => {
  it('reads defaults from an empty query string and writes nothing back for them', () => {
    expect(readView(new URLSearchParams(), tokenKinds.filterable)).toEqual(base)
    expect(writeView(base).toString()).toBe('')
  })

  it('round-trips every setting', () => {
    const view: TokenView = {
      q: 'graf',
      kind: 'database',
      expiry: 'active',
      db: 'sensors',
      sort: 'expiry',
      dir: 'desc',
      page: 3,
      revoked: true,
      full: true,
      day: '2026-12-03',
      extra: { status: 'inactive' },
    }
    expect(readView(writeView(view), tokenKinds.filterable, [STATUS])).toEqual(view)
  })

  it('shows revoked tokens only for revoked=1, and writes it only when set', () => {
    expect(readView(new URLSearchParams('revoked=1'), tokenKinds.filterable).revoked).toBe(true)
    expect(readView(new URLSearchParams('revoked=yes'), tokenKinds.filterable).revoked).toBe(false)
    expect(writeView({ ...base, revoked: true }).toString()).toBe('revoked=1')
  })

  it('ignores values it does not know instead of failing', () => {
    expect(readView(new URLSearchParams('kind=root&expiry=soon&sort=size&page=-4'), tokenKinds.filterable)).toEqual(base)
  })
})

describe('viewPage', () => {
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

  it('sorts names the way people read them: case-insensitive, numbers by value, desc the exact reverse', () => {
    const mixed = indexTokens(
      ['probe-10', 'Probe-9', 'probe-100', 'alpha', 'Beta'].map((name, id) => ({ ...token(name, 'db:*:read'), id: String(id) })),
      tokenKinds,
    )
    const sorted = (view: Partial<TokenView>) => inView(mixed, view)
    expect(sorted({})).toEqual(['alpha', 'Beta', 'Probe-9', 'probe-10', 'probe-100'])
    expect(sorted({ dir: 'desc' })).toEqual(['probe-100', 'probe-10', 'Probe-9', 'Beta', 'alpha'])
  })

  it('breaks ties in created time and in expiry by name', () => {
    const at = Date.parse('2026-06-01T00:00:00Z')
    const tied = indexTokens(
      ['c', 'a', 'b'].map((name, id) => ({
        ...token(name, 'db:*:read'),
        id: String(id),
        createdAt: at,
        expiresAt: at + 86_400_000 * 30,
      })),
      tokenKinds,
    )
    const sorted = (view: Partial<TokenView>) => inView(tied, view)
    expect(sorted({ sort: 'created' })).toEqual(['a', 'b', 'c'])
    expect(sorted({ sort: 'expiry' })).toEqual(['a', 'b', 'c'])
    expect(sorted({ sort: 'expiry', dir: 'desc' })).toEqual(['c', 'b', 'a'])
  })

  it('pages in the view’s order, counting every match', () => {
    const many = indexTokens(
      Array.from({ length: 250 }, (_, id) => ({ ...token(`probe-${(id * 37) % 250}`, 'system:health:read'), id: String(id) })),
      tokenKinds,
    )
    const page = (view: Partial<TokenView>) => viewPage(many, { ...base, ...view }, now, 100)
    expect(page({})).toMatchObject({ total: 250, page: 1, pages: 3, first: 0 })
    expect(
      page({})
        .visible.map((t) => t.name)
        .slice(0, 3),
    ).toEqual(['probe-0', 'probe-1', 'probe-2'])
    expect(page({ page: 3 }).visible.map((t) => t.name)).toEqual(Array.from({ length: 50 }, (_, i) => `probe-${200 + i}`))
    expect(page({ page: 9, dir: 'desc' })).toMatchObject({ page: 3, first: 200 })
    expect(page({ page: 9, dir: 'desc' }).visible.at(-1)?.name).toBe('probe-0')
    expect(page({ q: 'probe-1' })).toMatchObject({ total: 111, pages: 2 })
  })

  it('leaves the index as it was', () => {
    const before = index.tokens.map((t) => t.name)
    names({ sort: 'expiry', dir: 'desc' })
    names({ dir: 'desc' })
    expect(index.tokens.map((t) => t.name)).toEqual(before)
  })

  it('hides revoked tokens unless asked, and counts the ones it hides among the matches', () => {
    const withRevoked = indexTokens(
      [
        token('grafana-sensors', 'db:sensors:read'),
        { ...token('old-grafana', 'db:sensors:read'), id: '1', status: 'revoked' as const, revokedAt: now - 86_400_000 },
        { ...token('old-telegraf', 'db:weather:write'), id: '2', status: 'revoked' as const },
      ],
      tokenKinds,
    )
    const page = (view: Partial<TokenView>) => viewPage(withRevoked, { ...base, ...view }, now, 100)
    expect(page({})).toMatchObject({ total: 1, hiddenRevoked: 2 })
    expect(page({}).visible.map((t) => t.name)).toEqual(['grafana-sensors'])
    expect(page({ q: 'grafana' })).toMatchObject({ total: 1, hiddenRevoked: 1 })
    expect(page({ revoked: true })).toMatchObject({ total: 3, hiddenRevoked: 0 })
    expect(page({ revoked: true, db: 'weather' }).visible.map((t) => t.name)).toEqual(['old-telegraf'])
  })

  it('judges expiry at the time it is given', () => {
    expect(inView(index, { expiry: 'expired' }, Date.parse('2026-11-27T00:00:00Z'))).toEqual(['ci-admin', 'telegraf-all'])
  })
})

describe('a product’s own filters', () => {
  const withStatus = indexTokens(
    [
      token('on', 'db:a:read'),
      token('off', 'db:a:read', { status: 'inactive' }),
      token('said-on', 'db:b:read', { status: 'active' }),
    ],
    tokenKinds,
    [STATUS],
  )

  it('keep only the tokens the filter matches, and count as a filter', () => {
    expect(inView(withStatus, { extra: { status: 'inactive' } })).toEqual(['off'])
    expect(inView(withStatus, { extra: { status: 'active' } })).toEqual(['on', 'said-on'])
    expect(inView(withStatus, {})).toEqual(['off', 'on', 'said-on'])
    expect(isFiltered({ ...base, extra: { status: 'active' } })).toBe(true)
  })

  it('are read from the URL only when the product has them', () => {
    expect(readView(new URLSearchParams('status=inactive&other=x'), tokenKinds.filterable, [STATUS]).extra).toEqual({
      status: 'inactive',
    })
    expect(readView(new URLSearchParams('status=inactive'), tokenKinds.filterable).extra).toEqual({})
    expect(writeView({ ...base, extra: { status: 'active' } }).toString()).toBe('status=active')
  })
})

describe('indexTokens', () => {
  it('derives kind and database reach once per distinct permission list', () => {
    const parsed = parsePermissions('db:sensors,weather:read')
    if (!parsed.ok) throw new Error(parsed.error)
    const shared = (name: string) => ({ ...token(name, 'db:sensors,weather:read'), permissions: parsed.permissions })
    const [a, b] = [shared('a'), shared('b')]
    const c = token('c', 'db:sensors,weather:read')
    const { reach, kind } = indexTokens([a, b, c], tokenKinds)
    expect(reach(a)).toEqual({ all: false, names: ['sensors', 'weather'] })
    expect(reach(b)).toBe(reach(a))
    expect(reach(c)).toEqual(reach(a))
    expect(reach(c)).not.toBe(reach(a))
    expect([a, b, c].map(kind)).toEqual(['database', 'database', 'database'])
  })

  it('tells the operator token from admin tokens with the same permissions', () => {
    const parsed = parsePermissions('*:*:*')
    if (!parsed.ok) throw new Error(parsed.error)
    const [operator, admin] = ['_admin', 'ci-admin'].map((name) => ({ ...token(name, '*:*:*'), permissions: parsed.permissions }))
    const { kind } = indexTokens([admin!, operator!], tokenKinds)
    expect(kind(operator!)).toBe('operator')
    expect(kind(admin!)).toBe('admin')
  })
})
