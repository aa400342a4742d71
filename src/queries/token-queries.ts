/** Token queries and mutations: the only place token query keys are built. */
import { queryOptions } from '@tanstack/react-query'
import type { InfluxClient } from '../api/client'

export const tokenKeys = {
  all: ['tokens'] as const,
  list: () => [...tokenKeys.all, 'list'] as const,
}

export function tokenListQuery(client: InfluxClient) {
  return queryOptions({
    queryKey: tokenKeys.list(),
    queryFn: ({ signal }) => client.listTokens({ signal }),
  })
}
