import { describe, expect, it } from 'vitest'

import { cellAfterKey, type KeyPress } from './grid-keys'

const SIZE = { rows: 100, cols: 3, page: 8 }
const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...modifiers,
})

describe('where a key moves the focus in the permission grid', () => {
  it.each([
    ['ArrowDown', {}, { row: 11, col: 1 }],
    ['ArrowUp', {}, { row: 9, col: 1 }],
    ['ArrowRight', {}, { row: 10, col: 2 }],
    ['ArrowLeft', {}, { row: 10, col: 0 }],
    ['Home', {}, { row: 10, col: 0 }],
    ['End', {}, { row: 10, col: 2 }],
    ['PageDown', {}, { row: 18, col: 1 }],
    ['PageUp', {}, { row: 2, col: 1 }],
    ['Home', { ctrlKey: true }, { row: 0, col: 1 }],
    ['End', { ctrlKey: true }, { row: 99, col: 1 }],
  ])('%s %j from row 10, column 1', (key, modifiers, to) => {
    expect(cellAfterKey(press(key, modifiers), { row: 10, col: 1 }, SIZE)).toEqual(to)
  })

  it('stops at the edges, still claiming the key so it does not scroll the page', () => {
    expect(cellAfterKey(press('ArrowUp'), { row: 0, col: 0 }, SIZE)).toEqual({ row: 0, col: 0 })
    expect(cellAfterKey(press('ArrowLeft'), { row: 0, col: 0 }, SIZE)).toEqual({ row: 0, col: 0 })
    expect(cellAfterKey(press('ArrowDown'), { row: 99, col: 2 }, SIZE)).toEqual({ row: 99, col: 2 })
    expect(cellAfterKey(press('ArrowRight'), { row: 99, col: 2 }, SIZE)).toEqual({ row: 99, col: 2 })
    expect(cellAfterKey(press('PageDown'), { row: 95, col: 1 }, SIZE)).toEqual({ row: 99, col: 1 })
    expect(cellAfterKey(press('PageUp'), { row: 3, col: 1 }, SIZE)).toEqual({ row: 0, col: 1 })
  })

  it('moves at least one row a page, however small the view', () => {
    expect(cellAfterKey(press('PageDown'), { row: 10, col: 1 }, { ...SIZE, page: 0 })).toEqual({ row: 11, col: 1 })
  })

  it('leaves other keys, and modified arrows, to the browser', () => {
    for (const key of ['Tab', ' ', 'Enter', 'a', 'Escape']) expect(cellAfterKey(press(key), { row: 1, col: 1 }, SIZE)).toBeNull()
    expect(cellAfterKey(press('ArrowDown', { shiftKey: true }), { row: 1, col: 1 }, SIZE)).toBeNull()
    expect(cellAfterKey(press('ArrowDown', { altKey: true }), { row: 1, col: 1 }, SIZE)).toBeNull()
    expect(cellAfterKey(press('ArrowDown', { ctrlKey: true }), { row: 1, col: 1 }, SIZE)).toBeNull()
  })

  it('does nothing in an empty grid', () => {
    expect(cellAfterKey(press('ArrowDown'), { row: 0, col: 1 }, { ...SIZE, rows: 0 })).toBeNull()
  })
})
