/**
 * The token list's InfluxDB 2 filters beside the shared ones: status (a token can be switched
 * off) and resource type (a custom token grants chosen types; an all-access one grants every type).
 */
import { DATABASE_RESOURCE, isFullAccess } from '../../lib/permission'
import { capitalize } from '../../lib/token-describe'
import type { Token } from '../domain'
import type { TokenFilter } from '../product-screens'

/** A type's label in the filter: buckets in the product's word, other types as the API names them. */
export function resourceTypeLabel(type: string): string {
  return type === DATABASE_RESOURCE ? 'Buckets' : capitalize(type)
}

export const statusFilter: TokenFilter = {
  param: 'status',
  label: 'Status',
  anyLabel: 'Any status',
  options: () => [
    { value: 'active', label: 'Active' },
    { value: 'inactive', label: 'Inactive' },
  ],
  matches: (token, value) => (token.status ?? 'active') === value,
}

export const resourceTypeFilter: TokenFilter = {
  param: 'type',
  label: 'Resource type',
  anyLabel: 'Any resource type',
  // The types the listed tokens grant by name; tokens share permission lists, each read once.
  options: (tokens: readonly Token[]) => {
    const seen = new Set<Token['permissions']>()
    const types = new Set<string>()
    for (const { permissions } of tokens) {
      if (permissions === null || seen.has(permissions)) continue
      seen.add(permissions)
      if (!isFullAccess(permissions)) for (const p of permissions) types.add(p.resourceType)
    }
    return [...types]
      .map((type) => ({ value: type, label: resourceTypeLabel(type) }))
      .sort((a, b) => a.label.localeCompare(b.label))
  },
  // All access grants every type, as a wildcard grants every bucket in the bucket filter.
  matches: ({ permissions }, value) =>
    permissions !== null && (isFullAccess(permissions) || permissions.some((p) => p.resourceType === value)),
}
