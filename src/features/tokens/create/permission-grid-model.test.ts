import { describe, expect, it } from 'vitest'

import { formatPermissions, permissionSyntax } from '../../../backends/influxdb3/permissions'
import {
  chooseAll,
  chooseSpecific,
  cliArguments,
  columnState,
  EMPTY_GRID,
  gridFromText,
  gridToPermissions,
  type GridValue,
  isChecked,
  isEmptyGrid,
  pickedNames,
  shownState,
  toggleCell,
  toggleShown,
} from './permission-grid-model'

const grid = (read: '*' | string[], write: '*' | string[]): GridValue => ({
  read: read === '*' ? '*' : new Set(read),
  write: write === '*' ? '*' : new Set(write),
})

const cli = (value: GridValue) => formatPermissions(gridToPermissions(value))

const DATABASES = ['sensors', 'weather', 'billing', '_internal']

describe('gridToPermissions', () => {
  it('sends nothing for an empty grid', () => {
    expect(gridToPermissions(EMPTY_GRID)).toEqual([])
  })

  it('groups read and write on the same database into one entry', () => {
    expect(gridToPermissions(grid(['sensors'], ['sensors']))).toEqual([
      { resourceType: 'db', resourceNames: ['sensors'], actions: ['read', 'write'] },
    ])
  })

  it('makes two entries for read on one database and write on another', () => {
    expect(gridToPermissions(grid(['sensors'], ['weather']))).toEqual([
      { resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] },
      { resourceType: 'db', resourceNames: ['weather'], actions: ['write'] },
    ])
  })

  it('lists databases sharing the same actions in one entry, sorted by name', () => {
    expect(cli(grid(['weather', 'billing', 'sensors'], ['weather', 'sensors']))).toBe(
      'db:sensors,weather:read,write db:billing:read',
    )
  })

  it('sends * for a column that means every database', () => {
    expect(gridToPermissions(grid('*', []))).toEqual([{ resourceType: 'db', resourceNames: ['*'], actions: ['read'] }])
  })

  it('sends one db:*:read,write entry when both columns mean every database', () => {
    expect(gridToPermissions(grid('*', '*'))).toEqual([{ resourceType: 'db', resourceNames: ['*'], actions: ['read', 'write'] }])
  })

  it('keeps named writes beside a read on every database', () => {
    expect(cli(grid('*', ['weather', 'billing']))).toBe('db:*:read db:billing,weather:write')
  })

  it('keeps named reads beside a write on every database', () => {
    expect(cli(grid(['sensors'], '*'))).toBe('db:sensors:read db:*:write')
  })
})

describe('gridFromText', () => {
  it('fills both columns from CLI syntax', () => {
    const result = gridFromText('db:sensors,weather:read db:sensors:write', DATABASES, permissionSyntax)
    expect(result).toEqual({ ok: true, value: grid(['sensors', 'weather'], ['sensors']) })
  })

  it('reads * as every database, including later ones', () => {
    expect(gridFromText('db:*:read,write', DATABASES, permissionSyntax)).toEqual({ ok: true, value: grid('*', '*') })
  })

  it('accepts the JSON array form that system.tokens shows', () => {
    expect(gridFromText('["db:billing:write"]', DATABASES, permissionSyntax)).toEqual({ ok: true, value: grid([], ['billing']) })
  })

  it('round-trips what the grid sends', () => {
    for (const value of [grid(['sensors'], ['weather']), grid('*', ['billing']), grid(['_internal', 'weather'], ['weather'])]) {
      expect(gridFromText(cli(value), DATABASES, permissionSyntax)).toEqual({ ok: true, value })
    }
  })

  it.each([
    ['db:nope:read', 'There is no database "nope" on this server'],
    ['system:health:read', 'Only database permissions (db:…) belong here'],
    ['db:sensors:delete', '"delete" is not offered here'],
    ['db:sensors', 'is not of the form type:names:actions'],
    ['', 'Type at least one permission, such as db:sensors:read.'],
    ['*:*:*', 'Full access (*:*:*) is an admin token: go back and choose Admin token.'],
  ])('refuses %j', (text, error) => {
    const result = gridFromText(text, DATABASES, permissionSyntax)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toContain(error)
  })
})

describe('columns and cells', () => {
  it('toggles a cell on and off', () => {
    const on = toggleCell(EMPTY_GRID, 'read', 'sensors')
    expect(isChecked(on, 'read', 'sensors')).toBe(true)
    expect(isChecked(on, 'write', 'sensors')).toBe(false)
    expect(isChecked(toggleCell(on, 'read', 'sensors'), 'read', 'sensors')).toBe(false)
  })

  it('does not change a row while its column means every database', () => {
    const all = grid('*', [])
    expect(toggleCell(all, 'read', 'sensors')).toBe(all)
  })

  it('reports a column as none, some or all', () => {
    expect(columnState(EMPTY_GRID, 'read')).toBe('none')
    expect(columnState(grid(['sensors'], []), 'read')).toBe('some')
    expect(columnState(grid('*', []), 'read')).toBe('all')
    expect(columnState(grid('*', []), 'write')).toBe('none')
  })

  it('ticks the shown rows in a column, and unticks them when all are ticked, never sending *', () => {
    const ticked = toggleShown(grid(['weather'], []), 'read', ['sensors', 'sensors_eu'])
    expect(ticked).toEqual(grid(['weather', 'sensors', 'sensors_eu'], []))
    expect(toggleShown(ticked, 'read', ['sensors', 'sensors_eu'])).toEqual(grid(['weather'], []))
    const all = grid('*', [])
    expect(toggleShown(all, 'read', ['sensors'])).toBe(all)
  })

  it('reports the shown rows of a column as none, some or all', () => {
    expect(shownState(grid(['weather'], []), 'read', ['sensors'])).toBe('none')
    expect(shownState(grid(['sensors'], []), 'read', ['sensors', 'sensors_eu'])).toBe('some')
    expect(shownState(grid(['sensors', 'weather'], []), 'read', ['sensors'])).toBe('all')
    expect(shownState(grid('*', []), 'read', [])).toBe('all')
  })

  it('keeps the picks aside while a column means every database, and gives them back', () => {
    const kept = { read: new Set<string>(), write: new Set<string>() }
    const chosen = chooseAll(grid(['sensors'], ['weather']), 'read', kept)
    expect(chosen.value).toEqual(grid('*', ['weather']))
    expect(chooseSpecific(chosen.value, 'read', chosen.kept)).toEqual(grid(['sensors'], ['weather']))
    // Choosing "all" again keeps the first picks, not an empty set.
    expect(chooseAll(chosen.value, 'read', chosen.kept).kept).toBe(chosen.kept)
  })

  it('lists the databases picked by name in either column', () => {
    expect([...pickedNames(grid(['sensors'], ['weather', 'sensors']))].sort()).toEqual(['sensors', 'weather'])
    expect([...pickedNames(grid('*', ['weather']))]).toEqual(['weather'])
  })

  it('knows when nothing is granted', () => {
    expect(isEmptyGrid(EMPTY_GRID)).toBe(true)
    expect(isEmptyGrid(grid([], ['weather']))).toBe(false)
    expect(isEmptyGrid(grid('*', []))).toBe(false)
  })
})

describe('cliArguments', () => {
  it('gives one --permission per entry, as the CLI takes them', () => {
    expect(cliArguments(grid(['sensors', 'weather'], ['sensors']), permissionSyntax)).toBe(
      '--permission "db:sensors:read,write" --permission "db:weather:read"',
    )
    expect(cliArguments(grid('*', '*'), permissionSyntax)).toBe('--permission "db:*:read,write"')
  })

  it('is empty for an empty grid', () => {
    expect(cliArguments(EMPTY_GRID, permissionSyntax)).toBe('')
  })
})
