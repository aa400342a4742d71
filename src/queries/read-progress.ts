/**
 * Where a list's read stands, beyond TanStack's status: a read that takes longer than a few
 * seconds is *slow* (a hung server would otherwise look like a slow one for three tries of the
 * client's timeout), and one the user stopped waiting for is *cancelled*.
 */
import { type QueryKey, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import { MAX_ATTEMPTS } from './retry'

/** After this long without an answer the list says the server is slow and offers to stop. */
export const SLOW_AFTER_MS = 3_000

export interface ReadProgress {
  /** The first read has been waiting longer than SLOW_AFTER_MS. */
  slow: boolean
  /** Which try is running (1-based), and of how many. */
  attempt: number
  maxAttempts: number
  /** The user stopped the first read: nothing to show, nothing running. */
  cancelled: boolean
  /** The last refresh failed but earlier rows are kept: show them with a notice. */
  stale: boolean
  cancel: () => void
}

export function useReadProgress(query: UseQueryResult<unknown>, queryKey: QueryKey): ReadProgress {
  const queryClient = useQueryClient()
  const waiting = query.isPending && query.fetchStatus === 'fetching'
  const [slow, setSlow] = useState(false)

  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS)
    return () => {
      clearTimeout(timer)
      setSlow(false)
    }
  }, [waiting])

  return {
    slow: waiting && slow,
    attempt: Math.min(query.failureCount + 1, MAX_ATTEMPTS),
    maxAttempts: MAX_ATTEMPTS,
    cancelled: query.isPending && query.fetchStatus === 'idle',
    stale: query.isError && query.data !== undefined,
    cancel: () => void queryClient.cancelQueries({ queryKey }),
  }
}
