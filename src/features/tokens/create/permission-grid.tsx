/**
 * The database permission grid: one row per database, Read and Write columns. "All databases"
 * (`*`) is a choice per column of its own (column-scope.tsx); a column header ticks the rows
 * shown, and shows as mixed when only some of them are ticked. A filter, or "Show selected
 * only", narrows the rows; a text field takes the CLI's permission syntax.
 *
 * The table itself is database-grid.tsx; with a thousand databases only the rows in view are
 * in the DOM (use-grid-window.ts, docs/decisions/008).
 */
import { useId, useState } from 'react'

import type { PermissionSyntax } from '../../../backends/product-screens'
import { capitalize, DATABASE_NOUN, type DatabaseNoun } from '../../../lib/token-describe'
import { Button } from '../../../ui/button'
import { FieldError } from '../../../ui/field-error'
import { WarningIcon } from '../../../ui/icons'
import { ColumnScope } from './column-scope'
import { DatabaseGrid } from './database-grid'
import {
  chooseAll,
  chooseSpecific,
  cliArguments,
  type Column,
  type GridDatabase,
  gridFromText,
  type GridValue,
  pickedNames,
} from './permission-grid-model'
import styles from './token-form.module.css'

export type { GridDatabase } from './permission-grid-model'

const NO_PICKS: Record<Column, ReadonlySet<string>> = { read: new Set(), write: new Set() }

export function PermissionGrid({
  databases,
  value,
  onChange,
  syntax: permissionSyntax,
  noun = DATABASE_NOUN,
}: {
  /** What the product calls its databases (InfluxDB 2's buckets). */
  noun?: DatabaseNoun | undefined
  databases: readonly GridDatabase[]
  value: GridValue
  onChange: (value: GridValue) => void
  /** The product's CLI syntax, for the "type permissions" field and the equivalent arguments; none, none shown. */
  syntax?: PermissionSyntax | undefined
}) {
  const id = useId()
  const One = capitalize(noun.one)
  const [filter, setFilter] = useState('')
  const [cliText, setCliText] = useState('')
  const [cliError, setCliError] = useState<string | null>(null)
  const [selectedOnly, setSelectedOnly] = useState(false)
  // The picks of a column while it means every database, given back when the user goes back.
  const [kept, setKept] = useState(NO_PICKS)

  const picked = pickedNames(value)
  const needle = filter.trim().toLowerCase()
  const rows = databases.filter(
    (db) => (!needle || db.name.toLowerCase().includes(needle)) && (!selectedOnly || picked.has(db.name)),
  )
  const cli = permissionSyntax ? cliArguments(value, permissionSyntax) : ''
  // InfluxDB 3's `_internal` (InfluxDB 2's `_monitoring`, `_tasks`): the server's own records.
  const system = databases.filter((db) => db.isSystem && picked.has(db.name)).map((db) => db.name)

  function choose(column: Column, all: boolean) {
    if (!all) return onChange(chooseSpecific(value, column, kept))
    const next = chooseAll(value, column, kept)
    setKept(next.kept)
    onChange(next.value)
  }

  function applyCli() {
    if (!permissionSyntax) return
    const result = gridFromText(
      cliText,
      databases.map((db) => db.name),
      permissionSyntax,
    )
    if (!result.ok) {
      setCliError(result.error)
      return
    }
    setCliError(null)
    onChange(result.value)
  }

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{One} permissions</legend>
      <ColumnScope value={value} noun={noun} onChoose={choose} />
      <div className={styles.inline}>
        <label htmlFor={`${id}-filter`}>Filter {noun.many}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder={`${One} name`}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <div className={styles.selection}>
        <span className={styles.count} aria-live="polite">
          {picked.size} selected
        </span>
        <Button aria-pressed={selectedOnly} onClick={() => setSelectedOnly(!selectedOnly)}>
          Show selected only
        </Button>
      </div>
      <p id={`${id}-keys`} className={styles.hint}>
        In the table, the arrow keys move between {noun.many}, Page Up, Page Down and Ctrl+Home, Ctrl+End jump, and Space ticks a
        box.
      </p>
      <DatabaseGrid
        rows={rows}
        filter={filter}
        selectedOnly={selectedOnly}
        value={value}
        onChange={onChange}
        describedBy={`${id}-keys`}
        noun={noun}
      />
      <div aria-live="polite">
        {system.length > 0 ? (
          <p className={styles.warning}>
            <WarningIcon /> <strong>{system.join(', ')}</strong>{' '}
            {system.length === 1 ? `is a system ${noun.one}` : `are system ${noun.many}`}: the server&rsquo;s own records, not
            your data. Grant {system.length === 1 ? 'it' : 'them'} only to a tool that monitors the server.
          </p>
        ) : null}
      </div>
      {permissionSyntax ? (
        <>
          <p className={styles.hint}>
            CLI equivalent: <code>{cli || 'none yet'}</code>
          </p>
          {/* Not a <form>: the grid sits inside the create form, and forms cannot nest. */}
          <div className={styles.inline}>
            <label htmlFor={`${id}-cli`}>Or type permissions</label>
            <input
              id={`${id}-cli`}
              value={cliText}
              placeholder={permissionSyntax.placeholder}
              spellCheck={false}
              aria-invalid={cliError ? true : undefined}
              aria-describedby={cliError ? `${id}-cli-error` : undefined}
              onChange={(event) => setCliText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  applyCli()
                }
              }}
            />
            <Button onClick={applyCli}>Apply</Button>
          </div>
          <FieldError id={`${id}-cli-error`}>{cliError}</FieldError>
        </>
      ) : null}
    </fieldset>
  )
}
