/** Database queries and mutations: the only place database query keys are built. */
import { queryOptions, useQueryClient } from '@tanstack/react-query'

import type { Database, HardDelete } from '../backends/domain'
import { isApiError } from '../backends/http/errors'
import { withOutcomeCheck } from '../backends/http/outcome'
import type { Backend, DatabaseDraft } from '../backends/port'
import { useBackend } from '../session/session-context'
import { useExclusiveMutation } from './use-exclusive-mutation'

export const databaseKeys = {
  all: (backend: Backend) => [backend.connectionKey, 'databases'] as const,
  list: (backend: Backend, showDeleted: boolean) => [...databaseKeys.all(backend), 'list', { showDeleted }] as const,
}

export function databaseListQuery(backend: Backend, showDeleted = false) {
  return queryOptions({
    queryKey: databaseKeys.list(backend, showDeleted),
    queryFn: ({ signal }) => backend.databases.list({ showDeleted, signal }),
  })
}

/**
 * Refreshes the lists after a change without waiting for it: the change's own outcome is told
 * as soon as the server answered it, whatever happens to the refresh (which keeps the last
 * rows and says so if it fails). See docs/decisions/010-outcome-before-refresh.md.
 */
function useRefreshDatabases(backend: Backend) {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: databaseKeys.all(backend) })
  }
}

/** The live (not deleted) database of this name, read afresh from the server. */
async function findDatabase(backend: Backend, name: string): Promise<Database | undefined> {
  return (await backend.databases.list()).find((db) => db.name === name && !db.deleted)
}

export function useCreateDatabase() {
  const backend = useBackend()
  const refresh = useRefreshDatabases(backend)
  return useExclusiveMutation({
    // A create whose answer was lost is looked up: if the database is there, it was created.
    mutationFn: (draft: DatabaseDraft) =>
      withOutcomeCheck(
        () => backend.databases.create(draft),
        async () => (await findDatabase(backend, draft.name)) !== undefined,
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
  const backend = useBackend()
  const refresh = useRefreshDatabases(backend)
  return useExclusiveMutation({
    mutationFn: ({ name, retention, seconds }: RetentionChange) =>
      withOutcomeCheck(
        () => backend.databases.setRetention(name, retention),
        async () => (await findDatabase(backend, name))?.retentionSeconds === (seconds ?? undefined),
        () => undefined,
      ),
    // Refresh on failure too: a 404 means someone else deleted the database meanwhile.
    onSettled: refresh,
  })
}

export function useDeleteDatabase() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  const refresh = useRefreshDatabases(backend)
  // The server said it is gone (or, 404, was gone already): so is its row in the list of live
  // databases, before the dialog closes (focus then goes to the page, not to a row about to vanish).
  const dropRow = (name: string) =>
    queryClient.setQueryData(databaseKeys.list(backend, false), (databases: Database[] | undefined) =>
      databases?.filter((db) => db.name !== name),
    )
  return useExclusiveMutation({
    mutationFn: ({ name, hardDeleteAt }: { name: string; hardDeleteAt: HardDelete }) =>
      withOutcomeCheck(
        () => backend.databases.remove(name, { hardDeleteAt }),
        async () => (await findDatabase(backend, name)) === undefined,
        () => undefined,
      ),
    onSuccess: (_data, { name }) => dropRow(name),
    onError: (error, { name }) => {
      if (isApiError(error) && error.is(404)) dropRow(name)
    },
    // Refresh on failure too: a 404 means someone else already deleted it.
    onSettled: refresh,
  })
}
