import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { isApiError } from '../backends/http/errors'
import { shouldRetry } from '../queries/retry'

/**
 * `onUnauthorized` runs when any call says the session's credential is no longer accepted (the
 * token expired, was deleted or regenerated elsewhere): the app then asks to reconnect without
 * leaving the page. A credential that is valid but may not do something (InfluxDB 2's 401
 * "… is unauthorized") is the action's own error, never a reconnect: the product's client
 * sets `meaning` accordingly. `retry` replaces the reads' retry policy (tests turn it off).
 */
export function createQueryClient({
  onUnauthorized,
  retry = shouldRetry,
}: { onUnauthorized?: () => void; retry?: boolean | typeof shouldRetry } = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.meaning === 'credential-invalid') onUnauthorized?.()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry, staleTime: 10_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
