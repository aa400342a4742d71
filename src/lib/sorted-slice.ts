/**
 * `[...items].sort(compare).slice(start, end)`, sorting only as much as the slice needs. A page
 * near the top of a long list (the first hundred of 10 000 tokens) is picked in one pass that
 * keeps the best `end` items, with about n + end·log(end)·log(n/end) comparisons instead of
 * n·log(n): with a locale-aware name comparison that is most of the cost of showing a page.
 * `compare` must be a total order (no ties between distinct items), so both ways give the
 * same slice.
 */
export function sortedSlice<T>(items: readonly T[], compare: (a: T, b: T) => number, start: number, end: number): T[] {
  const stop = Math.min(end, items.length)
  if (start >= stop) return []
  // Past about an eighth of the list, keeping the best `stop` costs more than sorting it all.
  if (stop * 8 > items.length) return [...items].sort(compare).slice(start, stop)
  const best: T[] = []
  for (const item of items) {
    if (best.length === stop) {
      if (compare(item, best[stop - 1] as T) >= 0) continue
      best.pop()
    }
    let low = 0
    let high = best.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(item, best[middle] as T) < 0) high = middle
      else low = middle + 1
    }
    best.splice(low, 0, item)
  }
  return best.slice(start)
}
