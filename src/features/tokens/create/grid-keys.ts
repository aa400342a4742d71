/**
 * The keyboard model of the permission grid (the ARIA grid pattern, body rows only): which cell
 * a key moves the focus to. Arrows move one cell, Home/End to the first or last cell of the row,
 * Ctrl+Home/Ctrl+End to the first or last row (same column), PageUp/PageDown by a page of rows.
 */
export interface Cell {
  row: number
  col: number
}

export interface GridSize {
  rows: number
  cols: number
  /** Rows that fit in the view: how far PageUp/PageDown move. */
  page: number
}

export interface KeyPress {
  key: string
  ctrlKey: boolean
  altKey: boolean
  shiftKey: boolean
  metaKey: boolean
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max))

/**
 * The cell a key press moves to (the same cell at an edge, so the key does not scroll the page
 * instead), or null when the key is not the grid's: Tab, Space and the rest keep their meaning.
 */
export function cellAfterKey(press: KeyPress, from: Cell, size: GridSize): Cell | null {
  if (size.rows === 0 || press.altKey || press.shiftKey || press.metaKey) return null
  const lastRow = size.rows - 1
  const lastCol = size.cols - 1
  const at = (row: number, col: number): Cell => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) })
  const page = Math.max(1, size.page)
  if (press.ctrlKey) {
    if (press.key === 'Home') return at(0, from.col)
    if (press.key === 'End') return at(lastRow, from.col)
    return null
  }
  switch (press.key) {
    case 'ArrowUp':
      return at(from.row - 1, from.col)
    case 'ArrowDown':
      return at(from.row + 1, from.col)
    case 'ArrowLeft':
      return at(from.row, from.col - 1)
    case 'ArrowRight':
      return at(from.row, from.col + 1)
    case 'Home':
      return at(from.row, 0)
    case 'End':
      return at(from.row, lastCol)
    case 'PageUp':
      return at(from.row - page, from.col)
    case 'PageDown':
      return at(from.row + page, from.col)
    default:
      return null
  }
}
