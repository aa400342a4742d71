/**
 * One request per token for a bulk action, through the port, then the list refreshed: the
 * selection's outcome is the caller's to show (per item), the list's new state the server's.
 */
import { useQueryClient } from '@tanstack/react-query'

import type { Token } from '../backends/domain'
import type { Backend } from '../backends/port'
import { useBackend } from '../session/session-context'
import { tokenKeys } from './token-queries'

export type BulkTokenAction = 'delete' | 'revoke' | 'deactivate'

/** The request for one token: removing deletes or revokes, as the product does (`tokens.revokes`). */
export function bulkRequest(backend: Backend, action: BulkTokenAction): (token: Token) => Promise<unknown> {
  if (action !== 'deactivate') return (token) => backend.tokens.remove(token)
  const { setStatus } = backend.tokens
  if (!setStatus) throw new Error('This product cannot switch tokens off.')
  return (token) => setStatus(token, 'inactive')
}

/** The request maker for this connection, and the refresh to call once a run ends. */
export function useBulkTokenRequests() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return {
    request: (action: BulkTokenAction) => bulkRequest(backend, action),
    refresh: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all(backend) }),
  }
}
