/**
 * Grants beside the database grid (`MoreResources`, InfluxDB 2's custom tokens), as data: a
 * read/write grid per type chosen one by one (telegrafs), and one grid whose rows are the types
 * granted only as a whole. Pure: the permissions they make, and the value a token's permissions fill.
 */
import type { MoreResources } from '../../../backends/product-screens'
import { DATABASE_RESOURCE, type Permission, WILDCARD } from '../../../lib/permission'
import { COLUMNS, EMPTY_GRID, gridToPermissions, type GridValue, isChecked } from './permission-grid-model'

export interface MoreValue {
  /** One grid per type chosen one by one, by its resource type. */
  named: Readonly<Record<string, GridValue>>
  /** Rows are resource types; a ticked box grants that type as a whole. A column's `*` is every type listed. */
  typeWide: GridValue
}

export const NO_MORE: MoreValue = { named: {}, typeWide: EMPTY_GRID }

/** The permissions the grids make; `types` are the types the type-wide grid lists. */
export function morePermissions(value: MoreValue, types: readonly string[]): Permission[] {
  const named = Object.entries(value.named).flatMap(([resourceType, grid]) =>
    gridToPermissions(grid).map((p) => ({ ...p, resourceType })),
  )
  const typeWide = types.flatMap((resourceType): Permission[] => {
    const actions = COLUMNS.filter((column) => isChecked(value.typeWide, column, resourceType))
    return actions.length > 0 ? [{ resourceType, resourceNames: [WILDCARD], actions }] : []
  })
  return [...named, ...typeWide]
}

export type SplitResult = { ok: true; databases: Permission[]; more: MoreValue } | { ok: false; reason: string }

/** A token's permissions as the database grid's and these grids' (for a clone), or why they do not fit. */
export function splitMore(permissions: readonly Permission[], spec: MoreResources): SplitResult {
  const namedTypes = new Set(spec.named.map((n) => n.resourceType))
  const named: Record<string, { read: Set<string>; write: Set<string> }> = {}
  const typeWide = { read: new Set<string>(), write: new Set<string>() }
  const databases: Permission[] = []
  for (const p of permissions) {
    if (p.resourceType === DATABASE_RESOURCE) {
      databases.push(p)
      continue
    }
    const odd = p.actions.find((action) => action !== 'read' && action !== 'write')
    if (odd !== undefined) return { ok: false, reason: `The form cannot grant “${odd}” on ${p.resourceType}.` }
    const all = p.resourceNames.includes(WILDCARD)
    if (!namedTypes.has(p.resourceType) && (!spec.typeWide || !all)) {
      return {
        ok: false,
        reason: `It grants chosen ${p.resourceType} (${p.resourceNames.join(', ')}), which the form can only grant as a whole.`,
      }
    }
    const target = namedTypes.has(p.resourceType) ? (named[p.resourceType] ??= { read: new Set(), write: new Set() }) : undefined
    for (const action of p.actions as ('read' | 'write')[]) {
      if (target) p.resourceNames.forEach((name) => target[action].add(name))
      else typeWide[action].add(p.resourceType)
    }
  }
  const column = (names: Set<string>) => (names.has(WILDCARD) ? WILDCARD : names)
  return {
    ok: true,
    databases,
    more: {
      named: Object.fromEntries(
        Object.entries(named).map(([type, { read, write }]) => [type, { read: column(read), write: column(write) }]),
      ),
      typeWide,
    },
  }
}
