import { describe, expect, it } from 'vitest'

import { clickRow, createSelectionStore, NO_SELECTION, type Selection, stateOf, toggleAll, without } from './selection'

const ORDER = ['a', 'b', 'c', 'd', 'e']
const ids = (selection: Selection) => [...selection.ids].sort()

describe('the token selection', () => {
  it('flips a row on a plain click and makes it the anchor', () => {
    const once = clickRow(NO_SELECTION, 'b', ORDER, false)
    expect(ids(once)).toEqual(['b'])
    expect(once.anchor).toBe('b')
    expect(ids(clickRow(once, 'b', ORDER, false))).toEqual([])
  })

  it('selects the rows between the anchor and a shift-clicked row, in either direction', () => {
    const anchored = clickRow(NO_SELECTION, 'b', ORDER, false)
    expect(ids(clickRow(anchored, 'd', ORDER, true))).toEqual(['b', 'c', 'd'])
    const fromEnd = clickRow(NO_SELECTION, 'e', ORDER, false)
    expect(ids(clickRow(fromEnd, 'c', ORDER, true))).toEqual(['c', 'd', 'e'])
  })

  it('gives the range the anchor’s state: unticking the anchor then shift-clicking clears the range', () => {
    let selection = toggleAll(NO_SELECTION, ORDER)
    selection = clickRow(selection, 'b', ORDER, false) // b unticked, anchor
    selection = clickRow(selection, 'd', ORDER, true)
    expect(ids(selection)).toEqual(['a', 'e'])
  })

  it('treats a shift-click without an anchor on this page as a plain click', () => {
    const elsewhere: Selection = { ids: new Set(['z']), anchor: 'z' }
    expect(ids(clickRow(elsewhere, 'c', ORDER, true))).toEqual(['c', 'z'])
    expect(ids(clickRow(NO_SELECTION, 'c', ORDER, true))).toEqual(['c'])
  })

  it('keeps selected rows outside the range as they were', () => {
    let selection = clickRow(NO_SELECTION, 'a', ORDER, false)
    selection = clickRow(selection, 'e', ORDER, false)
    selection = clickRow(selection, 'c', ORDER, false)
    selection = clickRow(selection, 'd', ORDER, true)
    expect(ids(selection)).toEqual(['a', 'c', 'd', 'e'])
  })

  it('selects all matching ids across pages, and clears them when all are selected', () => {
    const some = clickRow(NO_SELECTION, 'x', ['x'], false)
    const all = toggleAll(some, ORDER)
    expect(ids(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'x'])
    expect(stateOf(all, ORDER)).toBe('all')
    expect(ids(toggleAll(all, ORDER))).toEqual(['x'])
  })

  it('says none, some or all for the select-all checkbox', () => {
    expect(stateOf(NO_SELECTION, ORDER)).toBe('none')
    expect(stateOf(clickRow(NO_SELECTION, 'a', ORDER, false), ORDER)).toBe('some')
    expect(stateOf(NO_SELECTION, [])).toBe('none')
  })

  it('drops finished ids, and the anchor with them', () => {
    const selection = clickRow(toggleAll(NO_SELECTION, ORDER), 'c', ORDER, false)
    const left = without(selection, ['a', 'b', 'c'])
    expect(ids(left)).toEqual(['d', 'e'])
    expect(left.anchor).toBeNull()
  })

  it('tells subscribers of every change through the store', () => {
    const store = createSelectionStore()
    let calls = 0
    const unsubscribe = store.subscribe(() => calls++)
    store.set((current) => clickRow(current, 'a', ORDER, false))
    unsubscribe()
    store.set((current) => clickRow(current, 'b', ORDER, false))
    expect(calls).toBe(1)
    expect(ids(store.get())).toEqual(['a', 'b'])
  })
})
