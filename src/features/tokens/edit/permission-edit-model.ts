/**
 * Editing a token's database permissions in place, as data: the grid a token's permissions fill
 * (or why they cannot), and what saving the grid would change, in plain words. The update
 * replaces the whole set, so the change is spelled out grant by grant before it is sent.
 */
import { DATABASE_RESOURCE, type Permission, WILDCARD } from '../../../lib/permission'
import { diffPermissions, type Grant, type PermissionDiff } from '../../../lib/permission-diff'
import { describePermission } from '../../../lib/token-describe'
import { type Column, COLUMNS, gridToPermissions, type GridValue } from '../create/permission-grid-model'

export type EditableGrid =
  | {
      ok: true
      value: GridValue
      /** Every database the token names, for rows the server may no longer list. */
      names: string[]
    }
  | { ok: false; reason: string }

const isColumn = (action: string): action is Column => COLUMNS.some((column) => column === action)

/** The grid holding exactly these permissions, or why the grid cannot show them (saving would drop them). */
export function editableGrid(permissions: readonly Permission[] | null): EditableGrid {
  if (permissions === null) {
    return {
      ok: false,
      reason: 'The console cannot read this token’s permissions, so it cannot show what a change would keep or remove.',
    }
  }
  const read = new Set<string>()
  const write = new Set<string>()
  for (const permission of permissions) {
    const odd = permission.actions.find((action) => !isColumn(action))
    if (permission.resourceType !== DATABASE_RESOURCE || odd !== undefined) {
      return {
        ok: false,
        reason: `It holds “${describePermission(permission)}”, which is not reading or writing databases: the grid cannot show it, and saving would drop it.`,
      }
    }
    for (const action of permission.actions) {
      const names = action === 'read' ? read : write
      permission.resourceNames.forEach((name) => names.add(name))
    }
  }
  const column = (names: Set<string>) => (names.has(WILDCARD) ? WILDCARD : names)
  return {
    ok: true,
    value: { read: column(read), write: column(write) },
    names: [...new Set([...read, ...write])].filter((name) => name !== WILDCARD),
  }
}

const ACTION_WORDS: Readonly<Record<string, string>> = { read: 'Read', write: 'Write' }

/** "Write · weather, billing", "Read · all databases (*)": one line per action. */
function describeGrants(verb: string, grants: readonly Grant[]): string[] {
  const byAction = new Map<string, string[]>()
  for (const grant of grants) {
    const names = byAction.get(grant.action) ?? []
    names.push(grant.resourceName === WILDCARD ? `all databases (${WILDCARD})` : grant.resourceName)
    byAction.set(grant.action, names)
  }
  return [...byAction].map(([action, names]) => `${verb}: ${ACTION_WORDS[action] ?? action} · ${names.join(', ')}`)
}

/** "Adds: Write · weather", "Removes: Read · sensors": additions first. */
export function describeChange(diff: PermissionDiff): string[] {
  return [...describeGrants('Adds', diff.added), ...describeGrants('Removes', diff.removed)]
}

export interface PermissionEdit {
  /** What would be sent. */
  permissions: Permission[]
  diff: PermissionDiff
  /** Why saving is refused, or null. */
  error: string | null
}

export const NO_CHANGE = 'These are its permissions already: tick or untick a box to change them.'
export const EMPTY_SET = 'Choose at least one database to read or write. To take every permission away, revoke the token instead.'

export function planEdit(current: readonly Permission[], grid: GridValue): PermissionEdit {
  const permissions = gridToPermissions(grid)
  const diff = diffPermissions(current, permissions)
  const error = permissions.length === 0 ? EMPTY_SET : diff.added.length === 0 && diff.removed.length === 0 ? NO_CHANGE : null
  return { permissions, diff, error }
}
