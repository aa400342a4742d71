/** Database queries and mutations: the only place database query keys are built. */
import { queryOptions, useQueryClient } from '@tanstack/react-query'
import type { InfluxClient } from '../api/client'
import type { CreateDatabaseInput } from '../api/databases'
import type { HardDelete } from '../api/types'
import { useClient } from '../session/session-context'
import { useExclusiveMutation } from './use-exclusive-mutation'

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

function useInvalidateDatabases() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: databaseKeys.all })
}

export function useCreateDatabase() {
  const client = useClient()
  const invalidate = useInvalidateDatabases()
  return useExclusiveMutation({
    mutationFn: (input: CreateDatabaseInput) => client.createDatabase(input),
    onSuccess: invalidate,
  })
}

/** `retention` is a humantime string, or null to make retention infinite. */
export function useSetRetention() {
  const client = useClient()
  const invalidate = useInvalidateDatabases()
  return useExclusiveMutation({
    mutationFn: ({ name, retention }: { name: string; retention: string | null }) =>
      retention === null ? client.clearRetention(name) : client.setRetention(name, retention),
    // Refresh on failure too: a 404 means someone else deleted the database meanwhile.
    onSettled: invalidate,
  })
}

export function useDeleteDatabase() {
  const client = useClient()
  const invalidate = useInvalidateDatabases()
  return useExclusiveMutation({
    mutationFn: ({ name, hardDeleteAt }: { name: string; hardDeleteAt: HardDelete }) =>
      client.deleteDatabase(name, { hardDeleteAt }),
    // Refresh on failure too: a 404 means someone else already deleted it.
    onSettled: invalidate,
  })
}
