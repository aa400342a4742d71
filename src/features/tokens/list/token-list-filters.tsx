import type { Database } from '../../../backends/domain'
import type { TokenFilter, TokenKinds } from '../../../backends/product-screens'
import { capitalize, DATABASE_NOUN, type DatabaseNoun } from '../../../lib/token-describe'
import { FilterBar, FilterSearch, FilterSelect, SortDirectionButton } from '../../../ui/filter-bar'
import styles from './token-list.module.css'
import { EXPIRY_FILTERS, oneOf, SORT_KEYS, type SortKey, type TokenView } from './token-view'

const EXPIRY_LABELS = { active: 'Active', expiring: 'Expiring within 7 days', expired: 'Expired', never: 'Never expires' }
const SORT_LABELS: Record<SortKey, string> = { name: 'Name', created: 'Created', expiry: 'Expiry' }

/** Changes the view in the URL; `replace` for a keystroke, so typing does not pile up history entries. */
export type UpdateTokenView = (patch: Partial<TokenView>, options?: { replace?: boolean }) => void

/**
 * The token list's filter bar: search by name, the product's kinds, expiry, the database a token
 * can reach, sort key and direction, and "Show revoked" where revoked tokens stay listed.
 */
export function TokenListFilters({
  view,
  tokenKinds,
  databases,
  revokes,
  expires,
  filters = [],
  noun = DATABASE_NOUN,
  update,
}: {
  view: TokenView
  tokenKinds: TokenKinds
  /** For the database filter's choices; undefined until they are loaded. */
  databases: Database[] | undefined
  /** The product keeps revoked tokens listed (`tokens.revokes`). */
  revokes: boolean | undefined
  /** Tokens can expire here (not `tokens.neverExpire`): otherwise an expiry filter would filter nothing. */
  expires: boolean
  /** The product's own filters, with their choices from the listed tokens. */
  filters?: readonly (TokenFilter & { choices: readonly { value: string; label: string }[] })[]
  noun?: DatabaseNoun | undefined
  update: UpdateTokenView
}) {
  const databaseNames = databaseOptions(databases, view.db)
  return (
    <FilterBar label="Filter tokens">
      <FilterSearch
        label="Search"
        accessibleName="Search tokens by name"
        placeholder="Token name"
        value={view.q}
        onChange={(q) => update({ q }, { replace: true })}
      />
      <FilterSelect
        label="Kind"
        value={view.kind ?? ''}
        options={[
          { value: '', label: 'All kinds' },
          ...tokenKinds.filterable.map((kind) => ({ value: kind, label: tokenKinds.labels[kind] ?? kind })),
        ]}
        onChange={(value) => update({ kind: oneOf(value, tokenKinds.filterable) })}
      />
      {filters.map((filter) => (
        <FilterSelect
          key={filter.param}
          label={filter.label}
          value={view.extra[filter.param] ?? ''}
          options={[{ value: '', label: filter.anyLabel }, ...filter.choices]}
          onChange={(value) => update({ extra: { ...view.extra, [filter.param]: value } })}
        />
      ))}
      {expires ? (
        <FilterSelect
          label="Expiry"
          value={view.expiry ?? ''}
          options={[
            { value: '', label: 'Any expiry' },
            ...EXPIRY_FILTERS.map((status) => ({ value: status, label: EXPIRY_LABELS[status] })),
          ]}
          onChange={(value) => update({ expiry: oneOf(value, EXPIRY_FILTERS) })}
        />
      ) : null}
      <FilterSelect
        label={capitalize(noun.one)}
        value={view.db ?? ''}
        options={[{ value: '', label: `Any ${noun.one}` }, ...databaseNames.map((name) => ({ value: name, label: name }))]}
        onChange={(value) => update({ db: value || null })}
      />
      <FilterSelect
        label="Sort by"
        value={view.sort}
        options={SORT_KEYS.map((key) => ({ value: key, label: SORT_LABELS[key] }))}
        onChange={(value) => update({ sort: oneOf(value, SORT_KEYS) ?? 'name' })}
      />
      <SortDirectionButton dir={view.dir} onToggle={() => update({ dir: view.dir === 'asc' ? 'desc' : 'asc' })} />
      {revokes ? (
        <label className={styles.choice}>
          <input type="checkbox" checked={view.revoked} onChange={(event) => update({ revoked: event.target.checked })} />
          Show revoked
        </label>
      ) : null}
    </FilterBar>
  )
}

/** Live databases (not deleted), plus the one in the URL even if it no longer exists. */
function databaseOptions(databases: Database[] | undefined, selected: string | null): string[] {
  const names = (databases ?? []).filter((db) => !db.deleted).map((db) => db.name)
  if (selected && !names.includes(selected)) names.push(selected)
  return names.sort()
}
