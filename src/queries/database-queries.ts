/** Database queries and mutations: the only place database query keys are built. */
import { queryOptions, useQueryClient } from '@tanstack/react-query'
import type { InfluxClient } from '../api/client'
import type { CreateDatabaseInput } from '../api/databases'
import type { Database, HardDelete } from '../api/types'
import { useClient } from '../session/session-context'
import { withOutcomeCheck } from '../api/outcome'
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

/**
 * Refreshes the lists after a change without waiting for it: the change's own outcome is told
 * as soon as the server answered it, whatever happens to the refresh (which keeps the last
 * rows and says so if it fails). See docs/decisions/010-outcome-before-refresh.md.
 */
function useRefreshDatabases() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: databaseKeys.all })
  }
}

/** The live (not deleted) database of this name, read afresh from the server. */
async function findDatabase(client: InfluxClient, name: string): Promise<Database | undefined> {
  return (await client.listDatabases()).find((db) => db.name === name && !db.deleted)
}

export function useCreateDatabase() {
  const client = useClient()
  const refresh = useRefreshDatabases()
  return useExclusiveMutation({
    // A create whose answer was lost is looked up: if the database is there, it was created.
    mutationFn: (input: CreateDatabaseInput) =>
      withOutcomeCheck(
        () => client.createDatabase(input),
        async () => (await findDatabase(client, input.name)) !== undefined,
        () => undefined,
      ),
    onSettled: refresh,
  })
}

/**
 * `retention` is a humantime string and `seconds` its length, or both null to make retention
 * infinite.
 */
export interface RetentionChange {
  name: string
  retention: string | null
  seconds: number | null
}

export function useSetRetention() {
  const client = useClient()
  const refresh = useRefreshDatabases()
  return useExclusiveMutation({
    mutationFn: ({ name, retention, seconds }: RetentionChange) =>
      withOutcomeCheck(
        () => (retention === null ? client.clearRetention(name) : client.setRetention(name, retention)),
        async () => (await findDatabase(client, name))?.retentionSeconds === (seconds ?? undefined),
        () => undefined,
      ),
    // Refresh on failure too: a 404 means someone else deleted the database meanwhile.
    onSettled: refresh,
  })
}

export function useDeleteDatabase() {
  const client = useClient()
  const refresh = useRefreshDatabases()
  return useExclusiveMutation({
    mutationFn: ({ name, hardDeleteAt }: { name: string; hardDeleteAt: HardDelete }) =>
      withOutcomeCheck(
        () => client.deleteDatabase(name, { hardDeleteAt }),
        async () => (await findDatabase(client, name)) === undefined,
        () => undefined,
      ),
    // Refresh on failure too: a 404 means someone else already deleted it.
    onSettled: refresh,
  })
}
