import { describe, expect, it } from 'vitest'

import type { MoreResources } from '../../../backends/product-screens'
import { morePermissions, NO_MORE, splitMore } from './more-resources-model'

const SPEC: MoreResources = {
  named: [{ resourceType: 'telegrafs', noun: { one: 'telegraf', many: 'telegrafs' } }],
  typeWide: true,
}
const TYPES = ['dashboards', 'tasks', 'checks']

describe('morePermissions', () => {
  it('makes nothing of empty grids', () => {
    expect(morePermissions(NO_MORE, TYPES)).toEqual([])
  })

  it('grants chosen telegrafs by name and ticked types as a whole', () => {
    const permissions = morePermissions(
      {
        named: { telegrafs: { read: new Set(['edge', 'factory']), write: new Set() } },
        typeWide: { read: new Set(['tasks', 'dashboards']), write: new Set(['tasks']) },
      },
      TYPES,
    )
    expect(permissions).toEqual([
      { resourceType: 'telegrafs', resourceNames: ['edge', 'factory'], actions: ['read'] },
      { resourceType: 'dashboards', resourceNames: ['*'], actions: ['read'] },
      { resourceType: 'tasks', resourceNames: ['*'], actions: ['read', 'write'] },
    ])
  })

  it('reads a type-wide column’s “all” as every type listed, and a telegraf column’s as *', () => {
    const permissions = morePermissions(
      { named: { telegrafs: { read: '*', write: new Set() } }, typeWide: { read: new Set(), write: '*' } },
      TYPES,
    )
    expect(permissions).toEqual([
      { resourceType: 'telegrafs', resourceNames: ['*'], actions: ['read'] },
      ...TYPES.map((resourceType) => ({ resourceType, resourceNames: ['*'], actions: ['write'] })),
    ])
  })
})

describe('splitMore', () => {
  it('sorts a token’s permissions into the bucket grid, the telegraf grid and the type grid, and back', () => {
    const split = splitMore(
      [
        { resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] },
        { resourceType: 'telegrafs', resourceNames: ['factory'], actions: ['read', 'write'] },
        { resourceType: 'tasks', resourceNames: ['*'], actions: ['read', 'write'] },
        { resourceType: 'checks', resourceNames: ['*'], actions: ['read'] },
      ],
      SPEC,
    )
    if (!split.ok) throw new Error(split.reason)
    expect(split.databases).toEqual([{ resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] }])
    expect(split.more.named.telegrafs).toEqual({ read: new Set(['factory']), write: new Set(['factory']) })
    expect(split.more.typeWide).toEqual({ read: new Set(['tasks', 'checks']), write: new Set(['tasks']) })
    expect(morePermissions(split.more, TYPES)).toEqual([
      { resourceType: 'telegrafs', resourceNames: ['factory'], actions: ['read', 'write'] },
      { resourceType: 'tasks', resourceNames: ['*'], actions: ['read', 'write'] },
      { resourceType: 'checks', resourceNames: ['*'], actions: ['read'] },
    ])
  })

  it('refuses a grant on one resource of a type the form grants only as a whole', () => {
    const split = splitMore([{ resourceType: 'dashboards', resourceNames: ['0a1b2c3d4e5f6071'], actions: ['read'] }], SPEC)
    expect(split).toEqual({
      ok: false,
      reason: 'It grants chosen dashboards (0a1b2c3d4e5f6071), which the form can only grant as a whole.',
    })
  })
})
