/**
 * The database permission grid as data: per column (read, write) either every database (`*`,
 * including ones created later) or a set of names; and its translation to and from the
 * permission entries the server and the CLI use.
 */
import type { PermissionSyntax } from '../../../backends/product-screens'
import type { Permission } from '../../../lib/permission'

/** A row of the grid. */
export interface GridDatabase {
  name: string
  isSystem: boolean
  /** Named by the permissions being edited, but not listed by the server (deleted meanwhile). */
  missing?: boolean
}

export type Column = 'read' | 'write'
export const COLUMNS: readonly Column[] = ['read', 'write']
export const COLUMN_LABELS: Record<Column, string> = { read: 'Read', write: 'Write' }

export type ColumnValue = '*' | ReadonlySet<string>
export type GridValue = Record<Column, ColumnValue>

export const EMPTY_GRID: GridValue = { read: new Set(), write: new Set() }

export function isChecked(value: GridValue, column: Column, db: string): boolean {
  const cell = value[column]
  return cell === '*' || cell.has(db)
}

export function toggleCell(value: GridValue, column: Column, db: string): GridValue {
  const cell = value[column]
  if (cell === '*') return value // Rows are locked while the column means "all databases".
  const next = new Set(cell)
  if (next.has(db)) next.delete(db)
  else next.add(db)
  return { ...value, [column]: next }
}

/**
 * The header checkbox: ticks the rows shown (after a filter), or unticks them when all are
 * ticked. Names only, never `*`: "all databases" is a choice of its own (`chooseAll`).
 */
export function toggleShown(value: GridValue, column: Column, shown: readonly string[]): GridValue {
  const cell = value[column]
  if (cell === '*') return value
  const next = new Set(cell)
  if (shown.every((db) => cell.has(db))) shown.forEach((db) => next.delete(db))
  else shown.forEach((db) => next.add(db))
  return { ...value, [column]: next }
}

/** The header checkbox's state: how many of the shown rows are ticked. */
export function shownState(value: GridValue, column: Column, shown: readonly string[]): ColumnState {
  const cell = value[column]
  if (cell === '*') return 'all'
  const ticked = shown.filter((db) => cell.has(db)).length
  return ticked === 0 ? 'none' : ticked === shown.length ? 'all' : 'some'
}

/** Every database, including ones created later (`*`); the names picked so far are kept aside. */
export function chooseAll(value: GridValue, column: Column, kept: Record<Column, ReadonlySet<string>>) {
  const cell = value[column]
  return {
    value: { ...value, [column]: '*' },
    kept: cell === '*' ? kept : { ...kept, [column]: cell },
  }
}

/** Back to the databases picked one by one: the picks kept aside when "all" was chosen. */
export function chooseSpecific(value: GridValue, column: Column, kept: Record<Column, ReadonlySet<string>>): GridValue {
  return value[column] === '*' ? { ...value, [column]: kept[column] } : value
}

/** The databases ticked one by one in either column (a column meaning `*` ticks none by name). */
export function pickedNames(value: GridValue): ReadonlySet<string> {
  const names = new Set<string>()
  for (const column of COLUMNS) {
    const cell = value[column]
    if (cell !== '*') cell.forEach((db) => names.add(db))
  }
  return names
}

export type ColumnState = 'all' | 'some' | 'none'

export function columnState(value: GridValue, column: Column): ColumnState {
  const cell = value[column]
  if (cell === '*') return 'all'
  return cell.size > 0 ? 'some' : 'none'
}

export function isEmptyGrid(value: GridValue): boolean {
  return columnState(value, 'read') === 'none' && columnState(value, 'write') === 'none'
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Permission entries as the CLI would send them: one entry per distinct action set, so
 * "read on a, write on b" becomes `db:a:read` and `db:b:write`.
 */
export function gridToPermissions(value: GridValue): Permission[] {
  const { read, write } = value
  if (read === '*' && write === '*') return [{ resourceType: 'db', resourceNames: ['*'], actions: ['read', 'write'] }]
  const entries: Permission[] = []
  const add = (names: string[], actions: Column[]) => {
    if (names.length) entries.push({ resourceType: 'db', resourceNames: names.sort(byName), actions })
  }
  if (read === '*') {
    entries.push({ resourceType: 'db', resourceNames: ['*'], actions: ['read'] })
    add([...(write as ReadonlySet<string>)], ['write'])
    return entries
  }
  if (write === '*') {
    add([...read], ['read'])
    entries.push({ resourceType: 'db', resourceNames: ['*'], actions: ['write'] })
    return entries
  }
  add(
    [...read].filter((db) => write.has(db)),
    ['read', 'write'],
  )
  add(
    [...read].filter((db) => !write.has(db)),
    ['read'],
  )
  add(
    [...write].filter((db) => !read.has(db)),
    ['write'],
  )
  return entries
}

/** The grid as the CLI's arguments, `--permission "db:a:read" --permission "db:b:write"`; empty for an empty grid. */
export function cliArguments(value: GridValue, syntax: PermissionSyntax): string {
  return syntax.cliArguments(gridToPermissions(value))
}

export type ParsedGrid = { ok: true; value: GridValue } | { ok: false; error: string }

/** Fills the grid from CLI syntax (`db:a,b:read,write db:c:write`), refusing what it cannot show. */
export function gridFromText(text: string, databases: readonly string[], syntax: PermissionSyntax): ParsedGrid {
  if (text.trim() === '') return { ok: false, error: `Type at least one permission, such as ${syntax.example}.` }
  const parsed = syntax.parse(text)
  if (!parsed.ok) return parsed
  const known = new Set(databases)
  const read = new Set<string>()
  const write = new Set<string>()
  let readAll = false
  let writeAll = false
  for (const permission of parsed.permissions) {
    if (permission.resourceType === '*') {
      return { ok: false, error: 'Full access (*:*:*) is an admin token: go back and choose Admin token.' }
    }
    if (permission.resourceType !== 'db') {
      return { ok: false, error: 'Only database permissions (db:…) belong here; use a system token for system access.' }
    }
    const unsupported = permission.actions.find((a) => a !== 'read' && a !== 'write')
    if (unsupported) return { ok: false, error: `"${unsupported}" is not offered here: choose read and/or write.` }
    const all = permission.resourceNames.includes('*')
    if (!all) {
      const unknown = permission.resourceNames.find((name) => !known.has(name))
      if (unknown !== undefined) {
        return { ok: false, error: `There is no database "${unknown}" on this server. Create it first, or fix the name.` }
      }
    }
    for (const action of permission.actions) {
      if (action === 'read') {
        if (all) readAll = true
        else permission.resourceNames.forEach((n) => read.add(n))
      } else {
        if (all) writeAll = true
        else permission.resourceNames.forEach((n) => write.add(n))
      }
    }
  }
  return { ok: true, value: { read: readAll ? '*' : read, write: writeAll ? '*' : write } }
}
