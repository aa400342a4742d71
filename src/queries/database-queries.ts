/** Database queries and mutations: the only place database query keys are built. */
import { queryOptions } from '@tanstack/react-query'
import type { InfluxClient } from '../api/client'

export const databaseKeys = {
  all: ['databases'] as const,
  list: (showDeleted: boolean) => [...databaseKeys.all, 'list', { showDeleted }] as const,
}

export function databaseListQuery(client: InfluxClient, showDeleted = false) {
  return queryOptions({
    queryKey: databaseKeys.list(showDeleted),
    queryFn: ({ signal }) => client.listDatabases({ showDeleted, signal }),
  })
}
