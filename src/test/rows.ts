/** Table rows as a user finds them: by a cell's text, not by walking the DOM. */
import { screen } from '@testing-library/react'

/** The row that holds `cell` (hidden rows included: a dialog may be open above the table). */
export function rowOf(cell: HTMLElement): HTMLElement {
  const row = screen.getAllByRole('row', { hidden: true }).find((candidate) => candidate.contains(cell))
  if (!row) throw new Error(`no table row holds ${cell.textContent ?? 'this cell'}`)
  return row
}
