import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/errors'
import { shouldRetry } from '../queries/retry'

/**
 * `onUnauthorized` runs when any call gets 401 mid-session (the token expired, was deleted or
 * regenerated elsewhere): the app then asks to reconnect without leaving the page.
 */
export function createQueryClient({ onUnauthorized }: { onUnauthorized?: () => void } = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.is(401)) onUnauthorized?.()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
