/**
 * Whether the session's server stopped answering: its reads fail with no answer at all (network
 * failure, timeout, a proxy's 502/503/504), and none has succeeded since. Any answer clears it,
 * an error one included. While it is down, the failed reads are retried every few seconds, so a
 * "retrying" message is true.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'

import { isApiError } from '../backends/http/errors'

const unanswered = (error: unknown) =>
  isApiError(error) && (error.kind === 'network' || error.kind === 'timeout' || error.is(502, 503, 504))

export function useServerDown(): { down: boolean; retry: () => void } {
  const client = useQueryClient()
  const [down, setDown] = useState(false)
  const retry = useCallback(
    () => void client.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' }),
    [client],
  )
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return
        const { action } = event
        if (action.type === 'success') setDown(false)
        else if (action.type === 'failed' || action.type === 'error') setDown(unanswered(action.error))
      }),
    [client],
  )
  useEffect(() => {
    if (!down) return
    const timer = setInterval(retry, 5000)
    return () => clearInterval(timer)
  }, [down, retry])
  return { down, retry }
}
