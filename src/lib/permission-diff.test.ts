import { describe, expect, it } from 'vitest'

import type { Permission } from './permission'
import { diffPermissions, grantsOf, samePermissions } from './permission-diff'

const db = (names: string[], actions: string[]): Permission => ({ resourceType: 'db', resourceNames: names, actions })

describe('grantsOf', () => {
  it('lists each action on each name once, * first, whatever the grouping', () => {
    expect(grantsOf([db(['weather', 'sensors'], ['write', 'read']), db(['*', 'sensors'], ['read'])])).toEqual([
      { resourceType: 'db', resourceName: '*', action: 'read' },
      { resourceType: 'db', resourceName: 'sensors', action: 'read' },
      { resourceType: 'db', resourceName: 'weather', action: 'read' },
      { resourceType: 'db', resourceName: 'sensors', action: 'write' },
      { resourceType: 'db', resourceName: 'weather', action: 'write' },
    ])
  })
})

describe('diffPermissions', () => {
  it('says which grants a new set adds and which it removes', () => {
    const diff = diffPermissions([db(['sensors'], ['read', 'write'])], [db(['sensors'], ['write']), db(['weather'], ['write'])])
    expect(diff.added).toEqual([{ resourceType: 'db', resourceName: 'weather', action: 'write' }])
    expect(diff.removed).toEqual([{ resourceType: 'db', resourceName: 'sensors', action: 'read' }])
  })

  it('treats every database (*) as a grant of its own, not as the names it covers', () => {
    const diff = diffPermissions([db(['sensors'], ['read'])], [db(['*'], ['read'])])
    expect(diff.added.map((g) => g.resourceName)).toEqual(['*'])
    expect(diff.removed.map((g) => g.resourceName)).toEqual(['sensors'])
  })

  it('removes everything when the new set is empty, and adds everything from an empty one', () => {
    const set = [db(['a', 'b'], ['read'])]
    expect(diffPermissions(set, [])).toEqual({ added: [], removed: grantsOf(set) })
    expect(diffPermissions([], set)).toEqual({ added: grantsOf(set), removed: [] })
  })
})

describe('samePermissions', () => {
  it('is true for the same grants grouped differently, false for any difference', () => {
    expect(samePermissions([db(['a', 'b'], ['read'])], [db(['b'], ['read']), db(['a'], ['read'])])).toBe(true)
    expect(samePermissions([db(['a'], ['read'])], [db(['a'], ['read', 'write'])])).toBe(false)
    expect(samePermissions([], [])).toBe(true)
  })
})
