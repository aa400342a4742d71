import { describe, expect, it } from 'vitest'

import type { Token } from '../../../backends/domain'
import { influxdb3Screens } from '../../../backends/influxdb3/screens'
import { FULL_ACCESS } from '../../../lib/permission'
import { cloneSeed, copyName, type FormValues, sameFormValues, sameLifetime } from './form-seed'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 30)
const token = (over: Partial<Token>): Token => ({
  id: '7',
  name: 'etl',
  fingerprint: undefined,
  createdAt: NOW - 10 * DAY,
  expiresAt: undefined,
  permissions: [],
  permissionsText: '',
  ...over,
})
const types = influxdb3Screens.tokenTypes

describe('cloneSeed', () => {
  it('copies a database token into the grid, its name marked as a copy', () => {
    const seed = cloneSeed(
      token({
        permissions: [
          { resourceType: 'db', resourceNames: ['weather', 'billing'], actions: ['read', 'write'] },
          { resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] },
        ],
      }),
      types,
      NOW,
    )
    expect(seed.ok && seed.seed.type.grants.kind).toBe('databases')
    if (!seed.ok) return
    expect(seed.seed.name).toBe('etl (copy)')
    expect([...(seed.seed.grid.read as Set<string>)].sort()).toEqual(['billing', 'sensors', 'weather'])
    expect([...(seed.seed.grid.write as Set<string>)].sort()).toEqual(['billing', 'weather'])
  })

  it('copies full access and a system token to their own types', () => {
    const admin = cloneSeed(token({ permissions: [FULL_ACCESS] }), types, NOW)
    expect(admin.ok && admin.seed.type.grants.kind).toBe('full-access')
    const system = cloneSeed(
      token({ permissions: [{ resourceType: 'system', resourceNames: ['*'], actions: ['read'] }] }),
      types,
      NOW,
    )
    expect(system.ok && system.seed.type.grants.kind).toBe('resources')
    expect(system.ok && system.seed.resources.all).toBe(true)
  })

  it('says why a mix the form cannot make, unreadable permissions, or a deleted grant cannot be cloned', () => {
    const mixed = cloneSeed(
      token({
        permissions: [
          { resourceType: 'db', resourceNames: ['weather'], actions: ['read'] },
          { resourceType: 'system', resourceNames: ['health'], actions: ['read'] },
        ],
      }),
      types,
      NOW,
    )
    expect(mixed.ok).toBe(false)
    expect(!mixed.ok && mixed.reason).toMatch(/cannot make “Read · weather; System read · health” exactly/)
    expect(cloneSeed(token({ permissions: null }), types, NOW)).toMatchObject({
      ok: false,
      reason: /cannot read its permissions/,
    })
    const gone = token({
      permissions: [{ resourceType: 'db', resourceNames: ['0af1'], actions: ['read'], unresolved: ['0af1'] }],
    })
    expect(cloneSeed(gone, types, NOW)).toMatchObject({ ok: false, reason: /0af1, which no longer exists/ })
  })
})

describe('sameLifetime', () => {
  it('matches a preset within a minute, else the same span from now, and never for never', () => {
    expect(sameLifetime({ createdAt: NOW, expiresAt: NOW + 30 * DAY + 20_000 }, NOW)).toEqual({ kind: 'preset', preset: '30d' })
    expect(sameLifetime({ createdAt: NOW - DAY, expiresAt: NOW + 2 * DAY }, NOW)).toEqual({
      kind: 'custom',
      at: new Date(NOW + 3 * DAY),
    })
    expect(sameLifetime({ createdAt: NOW, expiresAt: undefined }, NOW)).toEqual({ kind: 'never' })
  })

  it('leaves an empty description empty', () => {
    expect(copyName('')).toBe('')
  })
})

describe('sameFormValues', () => {
  const start: FormValues = {
    name: '',
    expiry: { kind: 'preset', preset: '90d' },
    grid: { read: new Set(['b', 'a']), write: '*' },
    resources: { all: false, names: new Set() },
  }
  it('sees the same values in other objects and sets as no change', () => {
    const same: FormValues = {
      name: '',
      expiry: { kind: 'preset', preset: '90d' },
      grid: { read: new Set(['a', 'b']), write: '*' },
      resources: { all: false, names: new Set() },
    }
    expect(sameFormValues(start, same)).toBe(true)
  })
  it.each<[string, Partial<FormValues>]>([
    ['a name', { name: 'x' }],
    ['an expiry', { expiry: { kind: 'never' } }],
    ['a database', { grid: { read: new Set(['a']), write: '*' } }],
    ['a column', { grid: { read: new Set(['a', 'b']), write: new Set() } }],
    ['a resource', { resources: { all: true, names: new Set() } }],
  ])('sees %s changed', (_, change) => {
    expect(sameFormValues(start, { ...start, ...change })).toBe(false)
  })
})
