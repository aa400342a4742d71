/**
 * Switching a token off and on, where the product can (`tokens.setStatus`, InfluxDB 2). The row
 * shows the server's answer at once; the list is read again behind it.
 */
import { useQueryClient } from '@tanstack/react-query'

import type { Token, TokenStatus } from '../backends/domain'
import type { TokenRef } from '../backends/port'
import { useBackend } from '../session/session-context'
import { tokenKeys } from './token-queries'
import { useExclusiveMutation } from './use-exclusive-mutation'

export function useSetTokenStatus() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  const setRow = (token: TokenRef, status: TokenStatus) =>
    queryClient.setQueryData(tokenKeys.list(backend), (tokens: Token[] | undefined) =>
      tokens?.map((t) => (t.id === token.id ? { ...t, status } : t)),
    )
  return useExclusiveMutation({
    mutationFn: async ({ token, status }: { token: TokenRef; status: 'active' | 'inactive' }) => {
      const setStatus = backend.tokens.setStatus
      if (!setStatus) throw new Error('This server cannot switch tokens off and on.')
      await setStatus(token, status)
    },
    onSuccess: (_data, { token, status }) => setRow(token, status),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: tokenKeys.all(backend) }),
  })
}
