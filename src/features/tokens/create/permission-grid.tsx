/**
 * The database permission grid: one row per database, Read and Write columns. A column header
 * means "all databases" and is sent as `*`; it shows as mixed when only some rows are checked.
 * A filter narrows the rows; a text field takes the CLI's permission syntax.
 *
 * The table itself is database-grid.tsx; with a thousand databases only the rows in view are
 * in the DOM (use-grid-window.ts, docs/decisions/008).
 */
import { useId, useState } from 'react'

import type { PermissionSyntax } from '../../../backends/product-screens'
import { capitalize, DATABASE_NOUN, type DatabaseNoun } from '../../../lib/token-describe'
import { Button } from '../../../ui/button'
import { FieldError } from '../../../ui/field-error'
import { DatabaseGrid } from './database-grid'
import { cliArguments, COLUMN_LABELS, COLUMNS, type GridDatabase, gridFromText, type GridValue } from './permission-grid-model'
import styles from './token-form.module.css'

export type { GridDatabase } from './permission-grid-model'

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

  const needle = filter.trim().toLowerCase()
  const rows = needle ? databases.filter((db) => db.name.toLowerCase().includes(needle)) : databases
  const cli = permissionSyntax ? cliArguments(value, permissionSyntax) : ''

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
      <p id={`${id}-keys`} className={styles.hint}>
        In the table, the arrow keys move between {noun.many}, Page Up, Page Down and Ctrl+Home, Ctrl+End jump, and Space ticks a
        box.
      </p>
      <DatabaseGrid rows={rows} filter={filter} value={value} onChange={onChange} describedBy={`${id}-keys`} noun={noun} />
      {COLUMNS.filter((column) => value[column] === '*').map((column) => (
        <p key={column} className={styles.hint}>
          <strong>
            {COLUMN_LABELS[column]}: all {noun.many}
          </strong>
          , including {noun.many} created later (sent as <code>*</code>). Untick the column header to choose {noun.many} one by
          one.
        </p>
      ))}
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
