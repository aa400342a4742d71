/**
 * Token queries and mutations: the only place token query keys are built.
 *
 * A created token's secret must never enter the query client (STYLE.md rule 7), and a
 * mutation's result is kept in the mutation cache. So the mutations hand the secret to the
 * caller's `onSecret` (component state of the reveal step) and resolve with a summary without it.
 */
import { queryOptions, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { createInfluxClient } from '../api/client'
import type { InfluxClient } from '../api/client'
import type { CreateAdminTokenInput, CreateResourceTokenInput } from '../api/tokens'
import type { CreatedToken } from '../api/types'
import { useClient } from '../session/session-context'
import { useExclusiveMutation } from './use-exclusive-mutation'

export const tokenKeys = {
  all: ['tokens'] as const,
  list: () => [...tokenKeys.all, 'list'] as const,
}

export function tokenListQuery(client: InfluxClient) {
  return queryOptions({
    queryKey: tokenKeys.list(),
    queryFn: ({ signal }) => client.listTokens({ signal }),
  })
}

/** A created token without its secret: safe to keep. */
export type CreatedTokenSummary = Omit<CreatedToken, 'secret'>

function withoutSecret({ secret: _secret, ...summary }: CreatedToken): CreatedTokenSummary {
  return summary
}

export type CreateTokenInput =
  | ({ kind: 'admin' } & CreateAdminTokenInput)
  | ({ kind: 'resource' } & CreateResourceTokenInput)

export function useCreateToken({ onSecret }: { onSecret: (created: CreatedToken) => void }) {
  const client = useClient()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: async ({ kind, ...input }: CreateTokenInput) => {
      const created =
        kind === 'admin'
          ? await client.createAdminToken(input)
          : await client.createResourceToken(input as CreateResourceTokenInput)
      onSecret(created)
      return withoutSecret(created)
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  })
}

export function useRegenerateOperatorToken({ onSecret }: { onSecret: (created: CreatedToken) => void }) {
  const client = useClient()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: async () => {
      const created = await client.regenerateOperatorToken()
      onSecret(created)
      return withoutSecret(created)
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  })
}

export function useDeleteToken() {
  const client = useClient()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: (name: string) => client.deleteToken(name),
    // Refresh on failure too: a 404 means another tab or person already deleted it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  })
}

/** Where the console's proxy exposes the server's admin-token recovery endpoint. */
export const RECOVERY_BASE_URL = '/recovery'

/**
 * Regenerates the operator token through the recovery endpoint: no session and no token, so
 * it uses a client of its own, and like every create it hands the secret to `onSecret` only.
 */
export function useRecoveryRegenerate({ onSecret }: { onSecret: (created: CreatedToken) => void }) {
  const client = useMemo(() => createInfluxClient({ baseUrl: RECOVERY_BASE_URL }), [])
  return useExclusiveMutation({
    mutationFn: async () => {
      const created = await client.regenerateOperatorToken()
      onSecret(created)
      return withoutSecret(created)
    },
  })
}
