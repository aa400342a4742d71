/**
 * A create form filled in advance: from a token being cloned (its type, permissions and expiry,
 * its name marked as a copy), so the operator sees and may change everything that is copied
 * before anything is created. Pure: which of the product's types fits, and the form's values.
 */
import type { Token } from '../../../backends/domain'
import type { TokenTypeOption } from '../../../backends/product-screens'
import { EXPIRY_PRESETS, type ExpiryChoice } from '../../../lib/expiry'
import { isFullAccess, WILDCARD } from '../../../lib/permission'
import { describePermission } from '../../../lib/token-describe'
import { editableGrid } from '../edit/permission-edit-model'
import { type MoreValue, NO_MORE, splitMore } from './more-resources-model'
import { EMPTY_GRID, type GridValue } from './permission-grid-model'
import { NO_RESOURCES, type ResourceChoice } from './resource-choices'

export interface FormSeed {
  type: TokenTypeOption
  name: string
  grid: GridValue
  /** Databases the grid names that the server may no longer list. */
  named: readonly string[]
  resources: ResourceChoice
  /** The grids beside the database grid (InfluxDB 2's telegrafs and other types). */
  more?: MoreValue | undefined
  expiry: ExpiryChoice
  /** What is left to do, shown above the form (a template's "Tick Write for each database…"). */
  note?: string | undefined
}

export type SeedResult = { ok: true; seed: FormSeed } | { ok: false; reason: string }

/** Within a minute of a preset's length counts as that preset (the server stores whole seconds). */
const SLACK_MS = 60_000

/** The same lifetime from now: the preset it matches, or a custom date as far ahead as the original lasted. */
export function sameLifetime(token: Pick<Token, 'createdAt' | 'expiresAt'>, now: number): ExpiryChoice {
  if (token.expiresAt === undefined) return { kind: 'never' }
  const lifetime = token.expiresAt - token.createdAt
  const preset = EXPIRY_PRESETS.find((p) => Math.abs(p.seconds * 1000 - lifetime) <= SLACK_MS)
  if (preset) return { kind: 'preset', preset: preset.id }
  return { kind: 'custom', at: new Date(now + Math.max(lifetime, SLACK_MS * 2)) }
}

export function copyName(name: string): string {
  return name.trim() === '' ? '' : `${name} (copy)`
}

/** A replacement's name: told apart from the original while both are listed. */
export function replacementName(name: string): string {
  return name.trim() === '' ? '' : `${name} (new)`
}

/** The form that makes a token like this one, or why the create form cannot make it exactly. */
export function cloneSeed(token: Token, types: readonly TokenTypeOption[], now: number): SeedResult {
  const { permissions } = token
  if (permissions === null) return { ok: false, reason: 'The console cannot read its permissions, so it cannot copy them.' }
  const base = {
    name: copyName(token.name),
    grid: EMPTY_GRID,
    named: [],
    resources: NO_RESOURCES,
    expiry: sameLifetime(token, now),
  }
  const missing = permissions.flatMap((p) => p.unresolved ?? [])
  if (missing.length > 0) {
    return { ok: false, reason: `It grants ${missing.join(', ')}, which no longer exists: a new token cannot be granted it.` }
  }
  if (isFullAccess(permissions)) {
    const type = types.find((t) => t.grants.kind === 'full-access')
    return type
      ? { ok: true, seed: { ...base, type } }
      : { ok: false, reason: 'This product offers no full-access token to create.' }
  }
  for (const type of types) {
    const { grants } = type
    if (grants.kind === 'databases') {
      const split = grants.more
        ? splitMore(permissions, grants.more)
        : { ok: true as const, databases: permissions, more: NO_MORE }
      if (!split.ok) return split
      const grid = editableGrid(split.databases)
      if (grid.ok) return { ok: true, seed: { ...base, type, grid: grid.value, named: grid.names, more: split.more } }
    }
    if (grants.kind === 'resources') {
      const fits = permissions.every(
        (p) => p.resourceType === grants.resourceType && p.actions.length === 1 && p.actions[0] === grants.action,
      )
      if (fits) {
        const names = permissions.flatMap((p) => p.resourceNames)
        const resources = names.includes(WILDCARD)
          ? { all: true, names: new Set<string>() }
          : { all: false, names: new Set(names) }
        return { ok: true, seed: { ...base, type, resources } }
      }
    }
  }
  const odd = permissions.map((p) => describePermission(p)).join('; ')
  return { ok: false, reason: `The create form cannot make “${odd}” exactly: create the new token with the CLI instead.` }
}

/** What the create form holds, as far as leaving it would lose something. */
export type FormValues = Pick<FormSeed, 'name' | 'grid' | 'resources' | 'expiry' | 'more'>

const names = (value: ReadonlySet<string> | '*') => (value === '*' ? value : [...value].sort())

/** The same values, whatever object or set holds them (a box ticked and unticked again is no change). */
export function sameFormValues(a: FormValues, b: FormValues): boolean {
  const grid = (g: GridValue) => [names(g.read), names(g.write)]
  const more = (m: MoreValue | undefined) =>
    m ? [grid(m.typeWide), Object.entries(m.named).map(([type, g]) => [type, grid(g)])] : null
  const key = (v: FormValues) =>
    JSON.stringify([v.name, v.expiry, grid(v.grid), v.resources.all, names(v.resources.names), more(v.more)])
  return key(a) === key(b)
}
