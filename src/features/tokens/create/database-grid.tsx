/**
 * The permission grid's table: one row per database, a checkbox per column, the column headers
 * ticking the rows shown. An ARIA grid: one Tab stop in the body, the keys of use-grid-window.ts,
 * `aria-rowcount` and `aria-rowindex` saying where a row sits in the whole list.
 */
import { capitalize, type DatabaseNoun } from '../../../lib/token-describe'
import { TriStateCheckbox } from '../../../ui/tri-state-checkbox'
import {
  type Column,
  COLUMN_LABELS,
  COLUMNS,
  type GridDatabase,
  type GridValue,
  isChecked,
  shownState,
  toggleCell,
  toggleShown,
} from './permission-grid-model'
import styles from './token-form.module.css'
import { COL_COUNT, NAME_COL, useGridWindow } from './use-grid-window'

/** The header row is row 1 for `aria-rowindex`; body row `i` (0-based) is `i + 2`. */
const FIRST_BODY_ROW = 2

export function DatabaseGrid({
  rows,
  filter,
  selectedOnly,
  value,
  onChange,
  describedBy,
  noun,
}: {
  noun: DatabaseNoun
  rows: readonly GridDatabase[]
  filter: string
  /** Only the ticked rows are shown ("Show selected only"). */
  selectedOnly: boolean
  value: GridValue
  onChange: (value: GridValue) => void
  describedBy: string
}) {
  const { scrollRef, measureHeader, measureRow, items, totalSize, tabIndex, onFocus, onKeyDown } = useGridWindow({
    rows,
    filter: `${selectedOnly ? 'selected:' : ''}${filter}`,
  })
  // A header ticks what is shown, and says so when that is not every row: never `*`. Databases
  // the server no longer lists cannot be granted, so it leaves them alone.
  const shown = rows.filter((db) => !db.missing).map((db) => db.name)
  const narrowed = filter.trim() !== '' || selectedOnly
  const headerLabel = (column: Column) =>
    narrowed
      ? `${COLUMN_LABELS[column]} the ${shown.length} ${shown.length === 1 ? noun.one : noun.many} shown (filtered)`
      : `${COLUMN_LABELS[column]} all ${shown.length} listed ${shown.length === 1 ? noun.one : noun.many}`
  // Spacer rows stand in for the rows not rendered, above, between (the active row may be far
  // from the rest) and below, so the scrollbar and the rows' offsets stay true.
  const endOf = (position: number) => items[position]?.end ?? 0
  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className={styles.spacer}>
        <td colSpan={COL_COUNT} style={{ height }} />
      </tr>
    ) : null

  return (
    <div ref={scrollRef} className={styles.gridScroll}>
      <table
        role="grid"
        className={styles.grid}
        aria-label={`${capitalize(noun.one)} permissions`}
        aria-describedby={describedBy}
        aria-rowcount={FIRST_BODY_ROW - 1 + Math.max(rows.length, 1)}
      >
        <thead ref={measureHeader}>
          <tr aria-rowindex={1}>
            <th scope="col">{capitalize(noun.one)}</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                <TriStateCheckbox
                  aria-label={headerLabel(column)}
                  state={shownState(value, column, shown)}
                  // Locked, like the rows, while the column means every database.
                  aria-disabled={value[column] === '*' || shown.length === 0 || undefined}
                  onChange={() => onChange(toggleShown(value, column, shown))}
                >
                  {COLUMN_LABELS[column]}
                </TriStateCheckbox>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown} onFocus={onFocus}>
          {items.flatMap((item, position) => {
            const db = rows[item.index]
            if (!db) return []
            return [
              spacer(`before-${item.key}`, item.start - endOf(position - 1)),
              <tr key={item.key} data-index={item.index} ref={measureRow} aria-rowindex={item.index + FIRST_BODY_ROW}>
                <th scope="row" data-col={NAME_COL} tabIndex={tabIndex(item.index, NAME_COL)}>
                  {db.name}
                  {db.isSystem ? <span className={styles.tag}> system {noun.one}</span> : null}
                  {db.missing ? <span className={styles.tag}> not on the server</span> : null}
                </th>
                {COLUMNS.map((column, index) => {
                  const col = NAME_COL + 1 + index
                  const locked = value[column] === '*'
                  return (
                    <td key={column}>
                      {/* Locked, not disabled: a disabled box could not hold the focus. */}
                      <input
                        type="checkbox"
                        data-col={col}
                        tabIndex={tabIndex(item.index, col)}
                        aria-label={`${COLUMN_LABELS[column]} ${db.name}`}
                        checked={isChecked(value, column, db.name)}
                        aria-disabled={locked || undefined}
                        onChange={() => onChange(toggleCell(value, column, db.name))}
                      />
                    </td>
                  )
                })}
              </tr>,
            ]
          })}
          {spacer('after', totalSize - endOf(items.length - 1))}
          {rows.length === 0 ? (
            <tr aria-rowindex={FIRST_BODY_ROW}>
              <td colSpan={COL_COUNT}>
                {selectedOnly && filter.trim() === '' ? `No ${noun.one} is selected yet.` : `No ${noun.one} matches “${filter}”.`}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
