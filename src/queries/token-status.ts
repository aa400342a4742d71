/**
 * Switching a token off and on (`tokens.setStatus`, InfluxDB 2) and changing its description
 * (`tokens.setDescription`), where the product can: the row shows the server's answer at once;
 * the list is read again behind it.
 */
import { useQueryClient } from '@tanstack/react-query'

import type { Token, TokenStatus } from '../backends/domain'
import { withOutcomeCheck } from '../backends/http/outcome'
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

/**
 * Changing a token's description in place, where the product can (`tokens.setDescription`). An
 * answer lost on the way (or a success whose body is not the token) is checked by reading the
 * token back by id: descriptions need not be unique.
 */
export function useSetTokenDescription() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: async ({ token, description }: { token: TokenRef; description: string }) => {
      const setDescription = backend.tokens.setDescription
      if (!setDescription) throw new Error('This server cannot change a token’s description.')
      await withOutcomeCheck(
        () => setDescription(token, description),
        async () => (await backend.tokens.list()).find((t) => t.id === token.id)?.name === description,
        () => undefined,
      )
    },
    onSuccess: (_data, { token, description }) =>
      queryClient.setQueryData(tokenKeys.list(backend), (tokens: Token[] | undefined) =>
        tokens?.map((t) => (t.id === token.id ? { ...t, name: description } : t)),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: tokenKeys.all(backend) }),
  })
}
