/**
 * A product's template for a common job as a create form filled in advance: its type, a dated
 * name, what it grants and its expiry. Pure; the databases are left for the user to pick.
 */
import type { Product } from '../../../backends/domain'
import type { TokenTypeOption } from '../../../backends/product-screens'
import type { TokenTemplate } from '../../../backends/product-templates'
import type { ExpiryChoice } from '../../../lib/expiry'
import type { SeedResult } from './form-seed'
import { EMPTY_GRID } from './permission-grid-model'
import { NO_RESOURCES, type ResourceChoice } from './resource-choices'

/** Today as the name patterns write it: YYYY-MM-DD in UTC. */
export function templateDate(now: number): string {
  return new Date(now).toISOString().slice(0, 10)
}

function expiryOf(template: TokenTemplate): ExpiryChoice {
  return template.expiry === 'never' ? { kind: 'never' } : { kind: 'preset', preset: template.expiry }
}

function resourcesOf(template: TokenTemplate): ResourceChoice {
  const { grants } = template
  if (grants.kind !== 'resources') return NO_RESOURCES
  return grants.names === '*' ? { all: true, names: new Set() } : { all: false, names: new Set(grants.names) }
}

/** The form a template starts, or why this server cannot make its token (its type is not offered here). */
export function templateSeed(
  template: TokenTemplate,
  types: readonly TokenTypeOption[],
  product: Product | undefined,
  now: number,
): SeedResult {
  const type = types.find((option) => option.id === template.typeId && option.grants.kind === template.grants.kind)
  if (!type) return { ok: false, reason: `This server offers no token type for “${template.label}”.` }
  const unavailable = type.unavailable?.(product) ?? null
  if (unavailable !== null) return { ok: false, reason: unavailable }
  return {
    ok: true,
    seed: {
      type,
      name: template.name(templateDate(now)),
      grid: EMPTY_GRID,
      named: [],
      resources: resourcesOf(template),
      expiry: expiryOf(template),
      note: template.next,
    },
  }
}
