/** Pure rules of the create-token form: name validation and the plain-language summary. */
import type { TokenGrants } from '../../../backends/product-screens'
import type { Permission } from '../../../lib/permission'
import { formatUtcDateTime } from '../../../lib/relative-time'

export const MAX_NAME_LENGTH = 200

// C0/C1 controls and the bidirectional overrides/isolates that can make a name read differently.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** Why a name cannot be used, or null. The name is used trimmed. */
export function validateTokenName(raw: string, existing: ReadonlySet<string>): string | null {
  const name = raw.trim()
  if (name === '') return 'Enter a name for the token.'
  if (name.length > MAX_NAME_LENGTH) return `Use at most ${MAX_NAME_LENGTH} characters (this is ${name.length}).`
  if (INVISIBLE.test(name)) return 'The name contains invisible control or text-direction characters; type it plainly.'
  if (existing.has(name)) return `A token named “${name}” already exists. Choose another name.`
  return null
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

function abilities(grants: TokenGrants, permissions: readonly Permission[]): string[] {
  return permissions.map((p) => {
    const verbs = list(p.actions)
    const all = p.resourceNames.includes('*')
    if (grants.kind === 'resources' && p.resourceType === grants.resourceType) {
      const { noun } = grants
      return `${verbs} ${all ? noun.every : `the ${list(p.resourceNames)} ${p.resourceNames.length === 1 ? noun.one : noun.many}`}`
    }
    return `${verbs} ${all ? 'every database, including ones created later' : list(p.resourceNames)}`
  })
}

/** One sentence: what the token will be able to do, and until when. */
export function summarizeToken(
  grants: TokenGrants,
  name: string,
  permissions: readonly Permission[],
  expiresAt: Date | null,
): string {
  const who = `“${name.trim() || 'The new token'}”`
  const until = expiresAt ? `until ${formatUtcDateTime(expiresAt)}` : 'and will never expire'
  if (grants.kind === 'full-access') return `${who} will have ${grants.summary} ${until}.`
  if (permissions.length === 0) return `${who} will not be able to do anything yet: choose at least one permission.`
  return `${who} will be able to ${list(abilities(grants, permissions))}, ${until}.`
}
