/**
 * What a draft link (draft-link.ts) fills in on this server's create form: its type if the
 * server offers it, the grants that type can hold, and an expiry still ahead. Whatever cannot be
 * used is dropped with a notice, never guessed at.
 */
import type { Product } from '../../../backends/domain'
import type { TokenTypeOption } from '../../../backends/product-screens'
import { type ExpiryChoice, MIN_CUSTOM_EXPIRY_SECONDS } from '../../../lib/expiry'
import { WILDCARD } from '../../../lib/permission'
import { type Draft, shown } from './draft-link'
import type { FormSeed } from './form-seed'
import { type ColumnValue, EMPTY_GRID } from './permission-grid-model'
import { NO_RESOURCES } from './resource-choices'

export type DraftSeed = { ok: true; seed: FormSeed; notices: string[] } | { ok: false; reason: string }

const isEmpty = (list: '*' | readonly string[]) => list !== WILDCARD && list.length === 0
const column = (list: '*' | readonly string[]): ColumnValue => (list === WILDCARD ? '*' : new Set(list))

/** The create form a draft fills on this server, or why this server cannot make its token. */
export function draftSeed(draft: Draft, types: readonly TokenTypeOption[], product: Product | undefined, now: number): DraftSeed {
  const type = types.find((option) => option.id === draft.type)
  if (!type) return { ok: false, reason: `This link asks for a “${shown(draft.type)}” token, which this server does not offer.` }
  const unavailable = type.unavailable?.(product) ?? null
  if (unavailable !== null) return { ok: false, reason: `This link asks for a ${type.label.toLowerCase()}: ${unavailable}` }

  const notices: string[] = []
  const { grants } = type
  const unused = (list: '*' | readonly string[], words: string) => {
    if (!isEmpty(list)) notices.push(`${type.label}s have no ${words}: the link’s were ignored.`)
  }
  let grid = EMPTY_GRID
  let named: readonly string[] = []
  let resources = NO_RESOURCES
  if (grants.kind === 'databases') {
    grid = { read: column(draft.read), write: column(draft.write) }
    named = [...new Set([draft.read, draft.write].flatMap((list) => (list === WILDCARD ? [] : list)))]
  } else {
    unused(draft.read, 'read permissions')
    unused(draft.write, 'write permissions')
  }
  if (grants.kind === 'resources') {
    const offered = new Set(grants.choices.map((choice) => choice.name))
    const asked = draft.resources === WILDCARD ? [] : draft.resources
    const odd = asked.filter((name) => !offered.has(name))
    if (odd.length > 0) notices.push(`This server has no ${odd.map((n) => `“${shown(n)}”`).join(', ')} to choose; left out.`)
    resources =
      draft.resources === WILDCARD
        ? { all: true, names: new Set() }
        : { all: false, names: new Set(asked.filter((n) => offered.has(n))) }
  } else {
    unused(draft.resources, `${grants.kind === 'databases' ? 'system ' : ''}resources`)
  }

  let expiry: ExpiryChoice = draft.expiry ?? { kind: 'preset', preset: '90d' }
  if (expiry.kind === 'custom' && (expiry.at?.getTime() ?? 0) - now < MIN_CUSTOM_EXPIRY_SECONDS * 1000) {
    notices.push('The link’s expiry date has passed: choose a new one.')
    expiry = { kind: 'custom', at: null }
  }
  return { ok: true, notices, seed: { type, name: draft.name, grid, named, resources, expiry } }
}
