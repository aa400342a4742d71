/**
 * Runs one request per token, a few at a time, and says how each ended: done, already gone
 * (the server answered 404), failed (with the error), or not sent (the run was cancelled first).
 * Cancelling stops sending: requests already on their way finish and report, since aborting
 * one would leave its outcome unknown.
 */
import { isApiError } from '../../../backends/http/errors'

export type BulkOutcome = 'done' | 'gone' | 'failed' | 'not-sent'

export interface BulkResult<T> {
  item: T
  outcome: BulkOutcome
  /** The failure, for `failed`. */
  error?: unknown
}

export interface BulkRunOptions<T> {
  /** Aborted: no further request is sent. */
  signal?: AbortSignal | undefined
  /** Requests on their way at once (small: a server is not a load test). */
  concurrency?: number
  /** After each item is settled, with how many are settled so far. */
  onSettled?: (result: BulkResult<T>, settled: number) => void
}

export async function runBulk<T>(
  items: readonly T[],
  act: (item: T) => Promise<unknown>,
  { signal, concurrency = 3, onSettled }: BulkRunOptions<T> = {},
): Promise<BulkResult<T>[]> {
  const results: (BulkResult<T> | undefined)[] = Array.from({ length: items.length })
  let next = 0
  let settled = 0
  const settle = (index: number, result: BulkResult<T>) => {
    results[index] = result
    settled++
    onSettled?.(result, settled)
  }
  async function worker() {
    while (next < items.length && !signal?.aborted) {
      const index = next++
      const item = items[index] as T
      try {
        await act(item)
        settle(index, { item, outcome: 'done' })
      } catch (error) {
        settle(index, isApiError(error) && error.is(404) ? { item, outcome: 'gone' } : { item, outcome: 'failed', error })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker))
  return items.map((item, index) => results[index] ?? { item, outcome: 'not-sent' })
}

/** How many results of each outcome. */
export function tally<T>(results: readonly BulkResult<T>[]): Record<BulkOutcome, number> {
  const counts: Record<BulkOutcome, number> = { done: 0, gone: 0, failed: 0, 'not-sent': 0 }
  for (const result of results) counts[result.outcome]++
  return counts
}
