/** What a token may be granted beside databases (`Backend.resources`): the only place its query keys are built. */
import { queryOptions } from '@tanstack/react-query'

import type { Backend } from '../backends/port'

export const resourceKeys = {
  all: (backend: Backend) => [backend.connectionKey, 'resources'] as const,
  typeWide: (backend: Backend) => [...resourceKeys.all(backend), 'type-wide'] as const,
  names: (backend: Backend, type: string) => [...resourceKeys.all(backend), 'names', type] as const,
}

export function typeWideResourcesQuery(backend: Backend) {
  return queryOptions({
    queryKey: resourceKeys.typeWide(backend),
    queryFn: ({ signal }) => backend.resources?.typeWide({ signal }) ?? Promise.resolve([]),
  })
}

export function resourceNamesQuery(backend: Backend, type: string) {
  return queryOptions({
    queryKey: resourceKeys.names(backend, type),
    queryFn: ({ signal }) => backend.resources?.names(type, { signal }) ?? Promise.resolve([]),
  })
}
