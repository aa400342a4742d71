import { FilterBar, FilterSearch, FilterSelect, SortDirectionButton } from '../../ui/filter-bar'
import { type DatabaseView, type ListAbilities, sortKeys } from './database-view'
import styles from './databases.module.css'
import { useDatabaseNoun } from './use-database-noun'

const SORT_LABELS = { name: 'Name', retention: 'Retention', tables: 'Tables' }

/** Changes the view in the URL; `replace` for a keystroke, so typing does not pile up history entries. */
export type UpdateDatabaseView = (patch: Partial<DatabaseView>, options?: { replace?: boolean }) => void

/**
 * The database list's filter bar: search by name, sort key and direction, and "Show deleted
 * databases" where the product keeps them listed; the "Tables" sort where it counts them.
 */
export function DatabaseListFilters({
  view,
  update,
  can,
}: {
  view: DatabaseView
  update: UpdateDatabaseView
  can: ListAbilities
}) {
  const noun = useDatabaseNoun()
  const keys = sortKeys(can)
  return (
    <FilterBar label={`Filter ${noun.many}`}>
      <FilterSearch
        label="Search"
        accessibleName={`Search ${noun.many} by name`}
        placeholder={`${noun.One} name`}
        value={view.q}
        onChange={(q) => update({ q }, { replace: true })}
      />
      <FilterSelect
        label="Sort by"
        value={view.sort}
        options={keys.map((key) => ({ value: key, label: SORT_LABELS[key] }))}
        onChange={(value) => update({ sort: keys.find((k) => k === value) ?? 'name' })}
      />
      <SortDirectionButton dir={view.dir} onToggle={() => update({ dir: view.dir === 'asc' ? 'desc' : 'asc' })} />
      {can.listsDeleted ? (
        <label className={styles.choice}>
          <input type="checkbox" checked={view.deleted} onChange={(event) => update({ deleted: event.target.checked })} />
          Show deleted {noun.many}
        </label>
      ) : null}
    </FilterBar>
  )
}
