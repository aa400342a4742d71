/**
 * The grids beside the database grid on products that grant more (`MoreResources`, InfluxDB 2):
 * one per type chosen one by one (telegrafs: each, or all of them as `*`), and one whose rows are
 * the organization's other resource types, each granted as a whole. Keyboard use is the
 * database grid's (the same table).
 */
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { MoreResources as Spec } from '../../../backends/product-screens'
import type { DatabaseNoun } from '../../../lib/token-describe'
import { resourceNamesQuery, typeWideResourcesQuery } from '../../../queries/resource-queries'
import { useBackend } from '../../../session/session-context'
import { Loading } from '../../../ui/loading'
import { QueryError } from '../../../ui/query-error'
import { DatabaseGrid } from './database-grid'
import type { MoreValue } from './more-resources-model'
import { PermissionGrid } from './permission-grid'
import { EMPTY_GRID, type GridValue } from './permission-grid-model'
import styles from './token-form.module.css'

const TYPES: DatabaseNoun = { one: 'resource type', many: 'resource types' }

function NamedGrid({
  type,
  noun,
  value,
  onChange,
}: {
  type: string
  noun: DatabaseNoun
  value: GridValue
  onChange: (v: GridValue) => void
}) {
  const names = useQuery(resourceNamesQuery(useBackend(), type))
  const rows = useMemo(() => (names.data ?? []).map((name) => ({ name, isSystem: false })), [names.data])
  if (names.isPending) return <Loading label={`Loading ${noun.many}…`} />
  if (names.isError) {
    return (
      <QueryError
        title={`Could not load the ${noun.many} to choose from.`}
        description={describeError(names.error)}
        onRetry={() => void names.refetch()}
      />
    )
  }
  return <PermissionGrid databases={rows} value={value} onChange={onChange} noun={noun} />
}

function TypeWideGrid({ value, onChange }: { value: GridValue; onChange: (v: GridValue) => void }) {
  const id = useId()
  const [filter, setFilter] = useState('')
  const types = useQuery(typeWideResourcesQuery(useBackend()))
  const needle = filter.trim().toLowerCase()
  const rows = useMemo(
    () => (types.data ?? []).filter((type) => type.toLowerCase().includes(needle)).map((name) => ({ name, isSystem: false })),
    [types.data, needle],
  )
  if (types.isPending) return <Loading label="Loading resource types…" />
  if (types.isError) {
    return (
      <QueryError
        title="Could not load the resource types to choose from."
        description={describeError(types.error)}
        onRetry={() => void types.refetch()}
      />
    )
  }
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Other resources of the organization</legend>
      <p className={styles.hint}>
        Each type is granted as a whole: every one in the organization, including ones created later. A column header ticks every
        type listed.
      </p>
      <div className={styles.inline}>
        <label htmlFor={`${id}-filter`}>Filter resource types</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder="Resource type"
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <p id={`${id}-keys`} className={styles.hint}>
        In the table, the arrow keys move between resource types, and Space ticks a box.
      </p>
      <DatabaseGrid
        rows={rows}
        filter={filter}
        selectedOnly={false}
        value={value}
        onChange={onChange}
        describedBy={`${id}-keys`}
        noun={TYPES}
      />
    </fieldset>
  )
}

export function MoreResources({ spec, value, onChange }: { spec: Spec; value: MoreValue; onChange: (value: MoreValue) => void }) {
  return (
    <>
      {spec.named.map(({ resourceType, noun }) => (
        <NamedGrid
          key={resourceType}
          type={resourceType}
          noun={noun}
          value={value.named[resourceType] ?? EMPTY_GRID}
          onChange={(grid) => onChange({ ...value, named: { ...value.named, [resourceType]: grid } })}
        />
      ))}
      {spec.typeWide ? <TypeWideGrid value={value.typeWide} onChange={(typeWide) => onChange({ ...value, typeWide })} /> : null}
    </>
  )
}
