/** Pure rules of the create-token form: name validation and the plain-language summary. */
import type { TokenGrants } from '../../../backends/product-screens'
import { DATABASE_RESOURCE, type Permission } from '../../../lib/permission'
import { formatUtcDateTime } from '../../../lib/relative-time'
import { DATABASE_NOUN, type DatabaseNoun } from '../../../lib/token-describe'

export const MAX_NAME_LENGTH = 200

// C0/C1 controls and the bidirectional overrides/isolates that can make a name read differently.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** InfluxDB 3's naming: a unique name, required. */
export const NAME_NAMING = { label: 'Name', required: true, unique: true } as const

/**
 * Why a name (or a description, on products that name tokens by one) cannot be used, or null.
 * It is used trimmed; `existing` matters only where names are unique.
 */
export function validateTokenName(
  raw: string,
  existing: ReadonlySet<string>,
  naming: { label: string; required: boolean; unique: boolean } = NAME_NAMING,
): string | null {
  const name = raw.trim()
  if (name === '') return naming.required ? `Enter a ${naming.label.toLowerCase()} for the token.` : null
  if (name.length > MAX_NAME_LENGTH) return `Use at most ${MAX_NAME_LENGTH} characters (this is ${name.length}).`
  if (INVISIBLE.test(name)) {
    return `The ${naming.label.toLowerCase()} contains invisible control or text-direction characters; type it plainly.`
  }
  if (naming.unique && existing.has(name)) return `A token named “${name}” already exists. Choose another name.`
  return null
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

function abilities(grants: TokenGrants, permissions: readonly Permission[], noun: DatabaseNoun): string[] {
  return permissions.map((p) => {
    const verbs = list(p.actions)
    const all = p.resourceNames.includes('*')
    if (grants.kind === 'resources' && p.resourceType === grants.resourceType) {
      const { noun } = grants
      return `${verbs} ${all ? noun.every : `the ${list(p.resourceNames)} ${p.resourceNames.length === 1 ? noun.one : noun.many}`}`
    }
    if (p.resourceType !== DATABASE_RESOURCE) {
      // A product's own resource type (InfluxDB 2's telegrafs, dashboards…), always type-wide here.
      return `${verbs} ${all ? `all ${p.resourceType}, including ones created later` : `${p.resourceType} ${list(p.resourceNames)}`}`
    }
    return `${verbs} ${all ? `every ${noun.one}, including ones created later` : list(p.resourceNames)}`
  })
}

/** One sentence: what the token will be able to do, and until when. */
export function summarizeToken(
  grants: TokenGrants,
  name: string,
  permissions: readonly Permission[],
  expiresAt: Date | null,
  noun: DatabaseNoun = DATABASE_NOUN,
): string {
  const who = `“${name.trim() || 'The new token'}”`
  const until = expiresAt ? `until ${formatUtcDateTime(expiresAt)}` : 'and will never expire'
  if (grants.kind === 'full-access') return `${who} will have ${grants.summary} ${until}.`
  if (permissions.length === 0) return `${who} will not be able to do anything yet: choose at least one permission.`
  return `${who} will be able to ${list(abilities(grants, permissions, noun))}, ${until}.`
}
