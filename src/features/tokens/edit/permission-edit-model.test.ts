import { describe, expect, it } from 'vitest'

import type { Permission } from '../../../lib/permission'
import { diffPermissions } from '../../../lib/permission-diff'
import type { GridValue } from '../create/permission-grid-model'
import { describeChange, editableGrid, EMPTY_SET, NO_CHANGE, planEdit } from './permission-edit-model'

const db = (names: string[], actions: string[]): Permission => ({ resourceType: 'db', resourceNames: names, actions })
const grid = (read: '*' | string[], write: '*' | string[]): GridValue => ({
  read: read === '*' ? '*' : new Set(read),
  write: write === '*' ? '*' : new Set(write),
})

describe('editableGrid', () => {
  it('fills the grid with the token’s databases, * as the whole column, and lists the names it grants', () => {
    const result = editableGrid([db(['sensors'], ['read', 'write']), db(['*'], ['read']), db(['old'], ['write'])])
    expect(result).toEqual({ ok: true, value: grid('*', ['sensors', 'old']), names: ['sensors', 'old'] })
  })

  it('fills an empty grid for a token without permissions', () => {
    expect(editableGrid([])).toEqual({ ok: true, value: grid([], []), names: [] })
  })

  it('refuses permissions the console cannot read, and says why', () => {
    const result = editableGrid(null)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/cannot read this token’s permissions/)
  })

  it('refuses what the grid cannot show rather than drop it on save', () => {
    const admin = editableGrid([db(['sensors'], ['read', 'admin'])])
    expect(!admin.ok && admin.reason).toMatch(/^It holds “Read, Admin · sensors”, which is not reading or writing databases/)
    const other = editableGrid([{ resourceType: 'system', resourceNames: ['health'], actions: ['read'] }])
    expect(other.ok).toBe(false)
  })
})

describe('describeChange', () => {
  it('says what is added and removed in plain words, one line per action', () => {
    const diff = diffPermissions(
      [db(['sensors'], ['read']), db(['billing'], ['write'])],
      [db(['weather', 'billing'], ['write']), db(['*'], ['read'])],
    )
    expect(describeChange(diff)).toEqual(['Adds: Read · all databases (*)', 'Adds: Write · weather', 'Removes: Read · sensors'])
  })
})

describe('planEdit', () => {
  const current = [db(['sensors'], ['read'])]

  it('refuses a grid that changes nothing', () => {
    expect(planEdit(current, grid(['sensors'], [])).error).toBe(NO_CHANGE)
  })

  it('refuses an empty set, even where the server would take one', () => {
    expect(planEdit(current, grid([], [])).error).toBe(EMPTY_SET)
  })

  it('sends the whole new set, and spells out the change', () => {
    const plan = planEdit(current, grid(['sensors'], ['weather']))
    expect(plan.error).toBeNull()
    expect(plan.permissions).toEqual([db(['sensors'], ['read']), db(['weather'], ['write'])])
    expect(describeChange(plan.diff)).toEqual(['Adds: Write · weather'])
  })
})
