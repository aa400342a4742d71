/**
 * The token list's selection for bulk work: which tokens are ticked, and the anchor a
 * shift-click extends a range from (as in a file manager: the range takes the anchor's state).
 */
import type { TriState } from '../../../ui/tri-state-checkbox'

export interface Selection {
  readonly ids: ReadonlySet<string>
  /** The last row ticked or unticked without Shift; a Shift click spans from it. */
  readonly anchor: string | null
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null }

/**
 * A click on a row's checkbox. Without Shift it flips that row and makes it the anchor. With
 * Shift, every row of `order` (the rows as shown) between the anchor and this one takes the
 * anchor's state; without an anchor on show, it is a plain click.
 */
export function clickRow(selection: Selection, id: string, order: readonly string[], shift: boolean): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor)
  const to = order.indexOf(id)
  if (!shift || from === -1 || to === -1) {
    const ids = new Set(selection.ids)
    if (ids.has(id)) ids.delete(id)
    else ids.add(id)
    return { ids, anchor: id }
  }
  const select = selection.ids.has(order[from] ?? '')
  const ids = new Set(selection.ids)
  for (let index = Math.min(from, to); index <= Math.max(from, to); index++) {
    const rowId = order[index] ?? ''
    if (select) ids.add(rowId)
    else ids.delete(rowId)
  }
  return { ids, anchor: selection.anchor }
}

/** The header's checkbox: all of `ids` (every token matching the filter, on every page) or none of them. */
export function toggleAll(selection: Selection, ids: readonly string[]): Selection {
  const next = new Set(selection.ids)
  if (ids.every((id) => next.has(id))) for (const id of ids) next.delete(id)
  else for (const id of ids) next.add(id)
  return { ids: next, anchor: null }
}

/** How much of `ids` is selected, for the header's tri-state checkbox. */
export function stateOf(selection: Selection, ids: readonly string[]): TriState {
  let count = 0
  for (const id of ids) if (selection.ids.has(id)) count++
  return count === 0 ? 'none' : count === ids.length ? 'all' : 'some'
}

/** The selection without these ids (those a bulk run finished with). */
export function without(selection: Selection, ids: Iterable<string>): Selection {
  const next = new Set(selection.ids)
  for (const id of ids) next.delete(id)
  return { ids: next, anchor: selection.anchor !== null && next.has(selection.anchor) ? selection.anchor : null }
}

/**
 * The selection outside React's state, so that a click re-renders its own checkbox (and the
 * bar), not the page of rows around it.
 */
export interface SelectionStore {
  get: () => Selection
  set: (update: (current: Selection) => Selection) => void
  subscribe: (listener: () => void) => () => void
}

export function createSelectionStore(): SelectionStore {
  let state = NO_SELECTION
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(update) {
      state = update(state)
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
