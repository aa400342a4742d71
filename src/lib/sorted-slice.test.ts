import { describe, expect, it } from 'vitest'

import { sortedSlice } from './sorted-slice'

/** A deterministic shuffle of 0..n-1 (a linear congruential generator), so failures repeat. */
function shuffled(n: number, seed = 7): number[] {
  const values = Array.from({ length: n }, (_, index) => index)
  let state = seed
  for (let index = n - 1; index > 0; index--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    const other = state % (index + 1)
    ;[values[index], values[other]] = [values[other] as number, values[index] as number]
  }
  return values
}

const ascending = (a: number, b: number) => a - b

describe('sortedSlice', () => {
  it('gives the same slice as a full sort, for windows at the top, middle and end', () => {
    const items = shuffled(2_000)
    const full = [...items].sort(ascending)
    for (const [start, end] of [
      [0, 100],
      [0, 1],
      [100, 200],
      [0, 249],
      [1_900, 2_000],
      [950, 1_050],
      [0, 2_000],
    ] as const) {
      expect(sortedSlice(items, ascending, start, end), `${start}–${end}`).toEqual(full.slice(start, end))
    }
  })

  it('works with a descending order and with objects compared on several keys', () => {
    const items = shuffled(1_000).map((value) => ({ group: value % 7, value }))
    const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.group - a.group || a.value - b.value
    expect(sortedSlice(items, compare, 0, 50)).toEqual([...items].sort(compare).slice(0, 50))
  })

  it('copes with short lists, empty windows and windows past the end', () => {
    expect(sortedSlice([3, 1, 2], ascending, 0, 100)).toEqual([1, 2, 3])
    expect(sortedSlice([3, 1, 2], ascending, 5, 10)).toEqual([])
    expect(sortedSlice([], ascending, 0, 10)).toEqual([])
    expect(sortedSlice(shuffled(1_000), ascending, 990, 1_100)).toEqual([990, 991, 992, 993, 994, 995, 996, 997, 998, 999])
  })

  it('leaves its input alone', () => {
    const items = shuffled(1_000)
    const copy = [...items]
    sortedSlice(items, ascending, 0, 10)
    sortedSlice(items, ascending, 0, 900)
    expect(items).toEqual(copy)
  })

  it('compares far less than a full sort for the first page of a long list', () => {
    const items = shuffled(10_000)
    let partial = 0
    sortedSlice(items, (a, b) => (partial++, a - b), 0, 100)
    let full = 0
    ;[...items].sort((a, b) => (full++, a - b))
    expect(partial * 4).toBeLessThan(full)
  })
})
