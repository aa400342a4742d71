/** The connected server's identity (product name and version), for the header. */
import { queryOptions } from '@tanstack/react-query'

import type { Backend } from '../backends/port'

export const serverKeys = {
  all: (backend: Backend) => [backend.connectionKey, 'server'] as const,
  info: (backend: Backend) => [...serverKeys.all(backend), 'info'] as const,
}

export function serverInfoQuery(backend: Backend) {
  return queryOptions({
    queryKey: serverKeys.info(backend),
    queryFn: ({ signal }) => backend.identify({ signal }),
    staleTime: 5 * 60_000,
  })
}
