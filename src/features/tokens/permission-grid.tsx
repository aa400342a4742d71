/**
 * The database permission grid: one row per database, Read and Write columns. A column header
 * means "all databases" and is sent as `*`; it shows as mixed when only some rows are checked.
 * Native checkboxes keep it fully keyboard operable; a filter narrows the rows; a text field
 * takes the CLI's permission syntax.
 */
import { startTransition, useEffect, useId, useState } from 'react'
import { formatPermissions } from '../../lib/permissions'
import { Button } from '../../ui/button'
import {
  COLUMNS,
  columnState,
  gridFromText,
  gridToPermissions,
  isChecked,
  toggleCell,
  toggleColumn,
  type Column,
  type GridValue,
} from './permission-grid-model'
import styles from './token-form.module.css'
import { ErrorIcon } from '../../ui/icons'

export interface GridDatabase {
  name: string
  isSystem: boolean
}

const LABELS: Record<Column, string> = { read: 'Read', write: 'Write' }

export function PermissionGrid({
  databases,
  value,
  onChange,
}: {
  databases: readonly GridDatabase[]
  value: GridValue
  onChange: (value: GridValue) => void
}) {
  const id = useId()
  const [filter, setFilter] = useState('')
  const [cliText, setCliText] = useState('')
  const [cliError, setCliError] = useState<string | null>(null)

  const needle = filter.trim().toLowerCase()
  const rows = needle ? databases.filter((db) => db.name.toLowerCase().includes(needle)) : databases
  const shown = useProgressiveCount(rows.length)
  const cli = formatPermissions(gridToPermissions(value))

  function applyCli() {
    const result = gridFromText(
      cliText,
      databases.map((db) => db.name),
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
      <legend className={styles.legend}>Database permissions</legend>
      <div className={styles.inline}>
        <label htmlFor={`${id}-filter`}>Filter databases</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder="Database name"
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <div className={styles.gridScroll}>
        <table className={styles.grid} aria-label="Database permissions">
          <thead>
            <tr>
              <th scope="col">Database</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  <HeaderCheckbox
                    label={`${LABELS[column]} all databases`}
                    state={columnState(value, column)}
                    onToggle={() => onChange(toggleColumn(value, column))}
                  >
                    {LABELS[column]}
                  </HeaderCheckbox>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((db) => (
              <tr key={db.name}>
                <th scope="row">
                  {db.name}
                  {db.isSystem ? <span className={styles.tag}> system database</span> : null}
                </th>
                {COLUMNS.map((column) => (
                  <td key={column}>
                    <input
                      type="checkbox"
                      aria-label={`${LABELS[column]} ${db.name}`}
                      checked={isChecked(value, column, db.name)}
                      disabled={value[column] === '*'}
                      onChange={() => onChange(toggleCell(value, column, db.name))}
                    />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={3}>No database matches “{filter}”.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {COLUMNS.filter((column) => value[column] === '*').map((column) => (
        <p key={column} className={styles.hint}>
          <strong>{LABELS[column]}: all databases</strong>, including databases created later (sent as{' '}
          <code>*</code>). Untick the column header to choose databases one by one.
        </p>
      ))}
      <p className={styles.hint}>
        CLI equivalent: <code>{cli ? cli.split(' ').map((p) => `--permission "${p}"`).join(' ') : 'none yet'}</code>
      </p>
      {/* Not a <form>: the grid sits inside the create form, and forms cannot nest. */}
      <div className={styles.inline}>
        <label htmlFor={`${id}-cli`}>Or type permissions</label>
        <input
          id={`${id}-cli`}
          value={cliText}
          placeholder="db:sensors,weather:read db:sensors:write"
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
      {cliError ? (
        <p id={`${id}-cli-error`} className={styles.error}>
          <ErrorIcon />{' '}
          {cliError}
        </p>
      ) : null}
    </fieldset>
  )
}

function HeaderCheckbox({
  label,
  state,
  onToggle,
  children,
}: {
  label: string
  state: 'all' | 'some' | 'none'
  onToggle: () => void
  children: string
}) {
  return (
    <label className={styles.headerCheck}>
      <input
        type="checkbox"
        aria-label={label}
        checked={state === 'all'}
        ref={(element) => {
          if (element) element.indeterminate = state === 'some'
        }}
        aria-checked={state === 'some' ? 'mixed' : state === 'all'}
        onChange={onToggle}
      />
      {children}
    </label>
  )
}

/** Rows rendered at once; the rest follow in a transition, so the dialog opens without waiting. */
const FIRST_ROWS = 60

/**
 * With a thousand databases, rendering every row before the dialog appears takes several frames.
 * The first rows render at once and the rest right after, without blocking input; every row is
 * then in the DOM, so Tab, find-in-page and screen readers reach all of them.
 */
function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(FIRST_ROWS)
  useEffect(() => {
    if (count < total) startTransition(() => setCount(total))
  }, [count, total])
  return Math.min(count, total)
}
