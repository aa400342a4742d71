/**
 * The management API's permissions in the console's terms, and `influxctl`'s way of writing
 * them. On the wire a token carries `[{action, resource}]`, one entry per action and database
 * (or `*`); the console groups databases that share the same actions, the form the permission
 * grid also produces: read and write on `sensors`, read on `weather` is
 * `[{db, [sensors], [read, write]}, {db, [weather], [read]}]`.
 * `influxctl token create --read-database DB --write-database DB` (docs-v2
 * `reference/cli/influxctl/token/create.md`) repeats a flag per database; `'*'` means all.
 */
import { DATABASE_RESOURCE, type Permission, WILDCARD } from '../../lib/permission'
import type { PermissionSyntax } from '../product-screens'
import type { PermissionWire } from './wire'

const ACTION_ORDER = ['read', 'write']

function byAction(a: string, b: string): number {
  const ia = ACTION_ORDER.indexOf(a)
  const ib = ACTION_ORDER.indexOf(b)
  if (ia !== ib) return (ia < 0 ? ACTION_ORDER.length : ia) - (ib < 0 ? ACTION_ORDER.length : ib)
  return a < b ? -1 : a > b ? 1 : 0
}

/** `*` first, then names in code-point order, so equal sets compare equal. */
function byName(a: string, b: string): number {
  if (a === WILDCARD || b === WILDCARD) return a === b ? 0 : a === WILDCARD ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Wire entries grouped into permissions: databases with the same set of actions share one. */
export function fromWire(entries: readonly PermissionWire[]): Permission[] {
  const actionsByResource = new Map<string, Set<string>>()
  for (const { action, resource } of entries) {
    const actions = actionsByResource.get(resource) ?? new Set<string>()
    actions.add(action)
    actionsByResource.set(resource, actions)
  }
  const groups = new Map<string, Permission>()
  for (const [resource, actions] of actionsByResource) {
    const sorted = [...actions].sort(byAction)
    const key = sorted.join(',')
    const group = groups.get(key)
    if (group) group.resourceNames.push(resource)
    else groups.set(key, { resourceType: DATABASE_RESOURCE, resourceNames: [resource], actions: sorted })
  }
  const permissions = [...groups.values()]
  for (const permission of permissions) permission.resourceNames.sort(byName)
  // Most actions first (read and write, then read, then write), as the grid lists them.
  return permissions.sort((a, b) => b.actions.length - a.actions.length || byAction(a.actions[0] ?? '', b.actions[0] ?? ''))
}

/**
 * Permissions as wire entries. Full access (`*`) is read and write on every database: all a
 * database token can hold. Other resource types do not exist here and are refused.
 */
export function toWire(permissions: readonly Permission[]): PermissionWire[] {
  const seen = new Set<string>()
  const entries: PermissionWire[] = []
  const add = (action: string, resource: string) => {
    const key = `${action}\n${resource}`
    if (seen.has(key)) return
    seen.add(key)
    entries.push({ action, resource })
  }
  for (const permission of permissions) {
    if (permission.resourceType === WILDCARD) {
      add('read', WILDCARD)
      add('write', WILDCARD)
      continue
    }
    if (permission.resourceType !== DATABASE_RESOURCE) {
      throw new TypeError(`A database token carries database permissions, not ${permission.resourceType}`)
    }
    for (const action of permission.actions) {
      if (action === WILDCARD) {
        for (const name of permission.resourceNames) ['read', 'write'].forEach((a) => add(a, name))
      } else {
        for (const name of permission.resourceNames) add(action, name)
      }
    }
  }
  return entries
}

const FLAGS: Record<string, string> = { '--read-database': 'read', '--write-database': 'write' }

/** Splits shell-like words: quotes (anywhere in a word, as in `--flag='*'`) group and are removed. */
function words(text: string): string[] | null {
  const result: string[] = []
  let word: string | null = null
  let quote: string | null = null
  for (const char of text) {
    if (quote !== null) {
      if (char === quote) quote = null
      else word += char
    } else if (char === '"' || char === "'") {
      quote = char
      word ??= ''
    } else if (/\s/.test(char)) {
      if (word !== null) result.push(word)
      word = null
    } else {
      word = (word ?? '') + char
    }
  }
  if (quote !== null) return null
  if (word !== null) result.push(word)
  return result
}

function parseFlags(text: string): { ok: true; permissions: Permission[] } | { ok: false; error: string } {
  const list = words(text.trim())
  if (list === null) return { ok: false, error: 'a quote is not closed' }
  if (list.length === 0) return { ok: false, error: 'no permissions given' }
  const entries: PermissionWire[] = []
  for (let index = 0; index < list.length; index++) {
    const word = list[index] ?? ''
    const [flag = '', inline] = word.split(/=(.*)/s)
    const action = FLAGS[flag]
    if (action === undefined) {
      return { ok: false, error: `"${word}" is not --read-database or --write-database (for example --read-database sensors)` }
    }
    const value = inline ?? list[++index]
    if (value === undefined || value === '') return { ok: false, error: `${flag} needs a database name or '*'` }
    entries.push({ action, resource: value })
  }
  return { ok: true, permissions: fromWire(entries) }
}

function quote(name: string): string {
  return /^[A-Za-z0-9_\-/.]+$/.test(name) ? name : `'${name}'`
}

/** `influxctl token create`'s permission flags, for the permission editor and the equivalent command. */
export const permissionSyntax: PermissionSyntax = {
  example: '--read-database sensors',
  placeholder: "--read-database sensors --write-database '*'",
  parse: parseFlags,
  cliArguments: (permissions) =>
    toWire(permissions)
      .filter((entry) => entry.action === 'read' || entry.action === 'write')
      .sort((a, b) => byAction(a.action, b.action))
      .map((entry) => `--${entry.action}-database ${quote(entry.resource)}`)
      .join(' '),
}
