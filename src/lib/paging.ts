/** Paging of filtered lists (the token and database lists show 100 items a page). */

/** Which page of `total` items to show, and its first item; a page past the end shows the last one. */
export function pageBounds(total: number, requested: number, size: number) {
  const pages = Math.max(1, Math.ceil(total / size))
  const page = Math.min(Math.max(1, requested), pages)
  return { page, pages, first: (page - 1) * size }
}

/** Which slice of a filtered list a page shows. */
export function pageSlice<T>(items: readonly T[], requested: number, size: number) {
  const bounds = pageBounds(items.length, requested, size)
  return { ...bounds, visible: items.slice(bounds.first, bounds.first + size) }
}
