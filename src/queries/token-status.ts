/**
 * Switching a token off and on (`tokens.setStatus`, InfluxDB 2) and changing its description
 * (`tokens.setDescription`), where the product can: the row shows the server's answer at once;
 * the list is read again behind it. A change whose answer was lost (a timeout, a dropped
 * connection, a garbled success) is looked up in a fresh list, as creates and deletes are: the
 * console says what the server holds rather than guessing "not changed".
 */
import { useQueryClient } from '@tanstack/react-query'

import type { Token, TokenStatus } from '../backends/domain'
import { withOutcomeCheck } from '../backends/http/outcome'
import type { Backend, TokenRef } from '../backends/port'
import { useBackend } from '../session/session-context'
import { tokenKeys } from './token-queries'
import { useExclusiveMutation } from './use-exclusive-mutation'

/** The token as the server lists it now (not from the cache). */
async function listed(backend: Backend, token: TokenRef): Promise<Token | undefined> {
  return (await backend.tokens.list()).find((t) => t.id === token.id)
}

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
      await withOutcomeCheck(
        () => setStatus(token, status),
        async () => (await listed(backend, token))?.status === status,
        () => undefined,
      )
    },
    onSuccess: (_data, { token, status }) => setRow(token, status),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: tokenKeys.all(backend) }),
  })
}

/** Changing a token's description in place, where the product can (`tokens.setDescription`). */
export function useSetTokenDescription() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: async ({ token, description }: { token: TokenRef; description: string }) => {
      const setDescription = backend.tokens.setDescription
      if (!setDescription) throw new Error('This server cannot change a token’s description.')
      await withOutcomeCheck(
        () => setDescription(token, description),
        async () => (await listed(backend, token))?.name === description,
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
