/**
 * The database permission grid: one row per database, Read and Write columns. A column header
 * means "all databases" and is sent as `*`; it shows as mixed when only some rows are checked.
 * A filter narrows the rows; a text field takes the CLI's permission syntax.
 *
 * With a thousand databases only the rows in view are in the DOM (docs/decisions/008). The grid
 * follows the ARIA grid pattern so keyboard and screen-reader users still reach every database:
 * one Tab stop in the body, the arrow keys and friends move a roving focus, `aria-rowcount` and
 * `aria-rowindex` say where a row sits in the whole list.
 */
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { useCallback, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { formatPermissions } from '../../lib/permissions'
import { Button } from '../../ui/button'
import { FieldError } from '../../ui/field-error'
import { TriStateCheckbox } from '../../ui/tri-state-checkbox'
import { cellAfterKey, type Cell } from './grid-keys'
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
      <p id={`${id}-keys`} className={styles.hint}>
        In the table, the arrow keys move between databases, Page Up, Page Down and Ctrl+Home, Ctrl+End
        jump, and Space ticks a box.
      </p>
      <DatabaseTable
        rows={rows}
        filter={filter}
        value={value}
        onChange={onChange}
        describedBy={`${id}-keys`}
      />
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
      <FieldError id={`${id}-cli-error`}>{cliError}</FieldError>
    </fieldset>
  )
}

/** Cells a row offers to the keyboard: the name (row header), then Read and Write. */
const NAME_COL = 0
const COL_COUNT = 1 + COLUMNS.length
/** The header row is row 1 for `aria-rowindex`; body row `i` (0-based) is `i + 2`. */
const FIRST_BODY_ROW = 2

/** Up to this many databases every row is rendered (find-in-page works); above it, a window. */
const ALL_ROWS_UP_TO = 50
/** Rows rendered beyond each edge of the view, so a quick scroll or key repeat finds them there. */
const OVERSCAN = 10
/** A one-line row at the default font size, in px. Rows are measured; this is the first guess. */
const ROW_ESTIMATE = 33
/** The sticky header row at the default font size, in px, until it is measured. */
const HEADER_ESTIMATE = 34
/**
 * What the view is taken to be where nothing is laid out (jsdom, or a grid not yet shown):
 * the `.gridScroll` max-height (18rem) at 16px, so the first rows render instead of none.
 */
const NO_LAYOUT_RECT: Rect = { width: 0, height: 288 }

const estimateSize = () => ROW_ESTIMATE

function observeRect(instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : NO_LAYOUT_RECT))
}

/**
 * A row's height, unrounded from the ResizeObserver (rows are often 33.3 px, and a rounded
 * size would drift the offsets by a third of a pixel a row); before that, or without layout,
 * the library's measure (`offsetHeight`) or the estimate.
 */
function measureRow(
  row: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
) {
  const box = entry?.borderBoxSize[0]
  if (box && box.blockSize > 0) return box.blockSize
  return measureElement(row, undefined, instance) || ROW_ESTIMATE
}

/** The body cell an element is (a checkbox or a row header), from its `data-col` and its row's index. */
function cellOf(target: EventTarget): Cell | null {
  if (!(target instanceof HTMLElement) || target.dataset.col === undefined) return null
  const row = target.closest('tr')?.dataset.index
  return row === undefined ? null : { row: Number(row), col: Number(target.dataset.col) }
}

interface ActiveCell {
  /** The database of the row holding the grid's Tab stop; null (or filtered out) means the first row. */
  name: string | null
  col: number
}

function DatabaseTable({
  rows,
  filter,
  value,
  onChange,
  describedBy,
}: {
  rows: readonly GridDatabase[]
  filter: string
  value: GridValue
  onChange: (value: GridValue) => void
  describedBy: string
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<ActiveCell>({ name: null, col: 1 })
  const [headerHeight, setHeaderHeight] = useState(HEADER_ESTIMATE)
  const found = active.name === null ? -1 : rows.findIndex((db) => db.name === active.name)
  const activeRow = Math.max(found, 0)

  // The row holding the Tab stop is always rendered, even far out of view: the focus stays in
  // the DOM while the user scrolls away, and Tab always finds its way into the grid.
  const rangeExtractor = useCallback(
    (range: Range) => {
      if (range.count <= ALL_ROWS_UP_TO) return Array.from({ length: range.count }, (_, index) => index)
      const indexes = defaultRangeExtractor(range)
      if (activeRow < range.count && !indexes.includes(activeRow)) {
        indexes.push(activeRow)
        indexes.sort((a, b) => a - b)
      }
      return indexes
    },
    [activeRow],
  )
  const getItemKey = useCallback((index: number) => rows[index]?.name ?? index, [rows])
  const measureHeader = useCallback((thead: HTMLTableSectionElement | null) => {
    if (thead && thead.offsetHeight > 0) setHeaderHeight(thead.offsetHeight)
  }, [])

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN,
    initialRect: NO_LAYOUT_RECT,
    observeElementRect: observeRect,
    measureElement: measureRow,
    // Row offsets start below the sticky header: aligned to the top, a row already lands just
    // under it; aligned to the bottom, it needs the header's height more.
    scrollPaddingEnd: headerHeight,
  })

  // A new filter shows its matches from the top.
  useLayoutEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [filter, virtualizer])

  function onFocus(event: FocusEvent) {
    const cell = cellOf(event.target)
    const name = cell && rows[cell.row]?.name
    if (!cell || name === undefined || (name === active.name && cell.col === active.col)) return
    setActive({ name, col: cell.col })
  }

  function onKeyDown(event: KeyboardEvent) {
    const from = cellOf(event.target)
    if (!from) return
    if (event.key === ' ' && from.col === NAME_COL) event.preventDefault() // not a scroll
    const rowSize = virtualizer.measurementsCache[from.row]?.size ?? ROW_ESTIMATE
    const view = (virtualizer.scrollRect?.height ?? NO_LAYOUT_RECT.height) - headerHeight
    const to = cellAfterKey(event, from, { rows: rows.length, cols: COL_COUNT, page: Math.floor(view / rowSize) })
    const name = to && rows[to.row]?.name
    if (!to || name === undefined) return
    event.preventDefault()
    // Render the target row (the range always includes the active row), bring it into view, focus it.
    flushSync(() => setActive({ name, col: to.col }))
    virtualizer.scrollToIndex(to.row)
    scrollRef.current?.querySelector<HTMLElement>('tbody [tabindex="0"]')?.focus({ preventScroll: true })
  }

  const items = virtualizer.getVirtualItems()
  const tabIndex = (row: number, col: number) => (row === activeRow && col === active.col ? 0 : -1)
  // Spacer rows stand in for the rows not rendered, above, between (the active row may be far
  // from the rest) and below, so the scrollbar and the rows' offsets stay true.
  let end = 0
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
        aria-label="Database permissions"
        aria-describedby={describedBy}
        aria-rowcount={FIRST_BODY_ROW - 1 + Math.max(rows.length, 1)}
      >
        <thead ref={measureHeader}>
          <tr aria-rowindex={1}>
            <th scope="col">Database</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                <TriStateCheckbox
                  aria-label={`${LABELS[column]} all databases`}
                  state={columnState(value, column)}
                  onChange={() => onChange(toggleColumn(value, column))}
                >
                  {LABELS[column]}
                </TriStateCheckbox>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown} onFocus={onFocus}>
          {items.flatMap((item) => {
            const db = rows[item.index]
            if (!db) return []
            const before = spacer(`before-${item.key}`, item.start - end)
            end = item.end
            return [
              before,
              <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + FIRST_BODY_ROW}>
                <th scope="row" data-col={NAME_COL} tabIndex={tabIndex(item.index, NAME_COL)}>
                  {db.name}
                  {db.isSystem ? <span className={styles.tag}> system database</span> : null}
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
                        aria-label={`${LABELS[column]} ${db.name}`}
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
          {spacer('after', virtualizer.getTotalSize() - end)}
          {rows.length === 0 ? (
            <tr aria-rowindex={FIRST_BODY_ROW}>
              <td colSpan={COL_COUNT}>No database matches “{filter}”.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
