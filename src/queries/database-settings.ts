/**
 * Changing a database's limits, with its retention in the same request, where the product can
 * (`databases.setLimits`, the management API). A lost answer is checked by reading the database
 * back; the lists are read again either way.
 */
import { useQueryClient } from '@tanstack/react-query'

import type { DatabaseLimits } from '../backends/domain'
import { withOutcomeCheck } from '../backends/http/outcome'
import type { DatabaseChange } from '../backends/port'
import { useBackend } from '../session/session-context'
import { databaseKeys } from './database-queries'
import { useExclusiveMutation } from './use-exclusive-mutation'

export interface SettingsChange {
  name: string
  change: DatabaseChange
  /** The retention's length in seconds when `change.retention` is set (undefined for infinite), to check a lost answer. */
  retentionSeconds?: number | undefined
}

const LIMIT_KEYS: readonly (keyof DatabaseLimits)[] = ['maxTables', 'maxColumnsPerTable']

export function useSetDatabaseSettings() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: async ({ name, change, retentionSeconds }: SettingsChange) => {
      const setLimits = backend.databases.setLimits
      if (!setLimits) throw new Error('This server has no database limits to change.')
      await withOutcomeCheck(
        () => setLimits(name, change),
        async () => {
          const db = (await backend.databases.list()).find((d) => d.name === name && !d.deleted)
          if (!db) return false
          const limitsApplied = LIMIT_KEYS.every(
            (key) => change.limits?.[key] === undefined || db.limits?.[key] === change.limits[key],
          )
          return limitsApplied && (change.retention === undefined || db.retentionSeconds === retentionSeconds)
        },
        () => undefined,
      )
    },
    // On failure too: a 404 means someone else deleted the database meanwhile.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: databaseKeys.all(backend) }),
  })
}
