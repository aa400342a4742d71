import { useEffect, useRef, useState } from 'react'

import type { Token } from '../../../backends/domain'

const NONE: ReadonlySet<string> = new Set()

/** How long a new row stays marked. */
export const FRESH_MS = 5000

/**
 * The ids of tokens that appeared since the list last read the server (a token just created,
 * here or elsewhere), for about five seconds. The first list read is the baseline: nothing is new.
 */
export function useFreshIds(tokens: readonly Token[]): ReadonlySet<string> {
  const known = useRef<ReadonlySet<string> | null>(null)
  const [fresh, setFresh] = useState(NONE)
  useEffect(() => {
    const before = known.current
    const ids = new Set(tokens.map((token) => token.id))
    known.current = ids
    if (!before) return
    const added = new Set([...ids].filter((id) => !before.has(id)))

    if (added.size > 0) setFresh(added)
  }, [tokens])
  useEffect(() => {
    if (fresh.size === 0) return
    const timer = setTimeout(() => setFresh(NONE), FRESH_MS)
    return () => clearTimeout(timer)
  }, [fresh])
  return fresh
}
