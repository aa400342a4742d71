/**
 * The permission grid's window of rows and its roving focus. With a thousand databases only the
 * rows in view are in the DOM (docs/decisions/008); the row holding the grid's one Tab stop is
 * always among them, and the keys of the ARIA grid pattern (grid-keys.ts) move that stop.
 */
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  type Rect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { type FocusEvent, type KeyboardEvent, useCallback, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

import { type Cell, cellAfterKey } from './grid-keys'
import { COLUMNS, type GridDatabase } from './permission-grid-model'

/** Cells a row offers to the keyboard: the name (row header), then one per column. */
export const NAME_COL = 0
export const COL_COUNT = 1 + COLUMNS.length

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

/**
 * `rows` are the databases shown (after the filter); a new `filter` scrolls back to the top.
 * The markup puts `scrollRef` on the scroll box, `measureHeader` on the `<thead>`,
 * `measureRow` on each body row (with `data-index`), `data-col` and `tabIndex(row, col)` on
 * each focusable cell, and `onFocus`/`onKeyDown` on the `<tbody>`.
 */
export function useGridWindow({ rows, filter }: { rows: readonly GridDatabase[]; filter: string }) {
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

  return {
    scrollRef,
    measureHeader,
    measureRow: virtualizer.measureElement,
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    tabIndex: (row: number, col: number) => (row === activeRow && col === active.col ? 0 : -1),
    onFocus,
    onKeyDown,
  }
}
