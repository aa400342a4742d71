/** The connected server's identity, from `/ping`. */
import { queryOptions } from '@tanstack/react-query'
import type { InfluxClient } from '../api/client'

export const serverKeys = {
  all: ['server'] as const,
  info: () => [...serverKeys.all, 'info'] as const,
}

export function serverInfoQuery(client: InfluxClient) {
  return queryOptions({
    queryKey: serverKeys.info(),
    queryFn: ({ signal }) => client.ping({ signal }),
    staleTime: 5 * 60_000,
  })
}
