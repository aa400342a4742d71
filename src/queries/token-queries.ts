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
import type { CreatedToken, Token } from '../api/types'
import { isApiError } from '../api/errors'
import { useClient } from '../session/session-context'
import { OutcomeError, withOutcomeCheck } from '../api/outcome'
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

/**
 * Refreshes the list after a change without waiting for it: the change's outcome is told as
 * soon as the server answered it (docs/decisions/010-outcome-before-refresh.md).
 */
function useRefreshTokens() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: tokenKeys.all })
  }
}

export type CreateTokenInput = (
  | ({ kind: 'admin' } & CreateAdminTokenInput)
  | ({ kind: 'resource' } & CreateResourceTokenInput)
) & {
  /**
   * A token of this name exists but its string was lost (an earlier create's answer never
   * arrived): delete it first, then create it again.
   */
  replaceExisting?: boolean
}

/** Whether the server lists a token of this name, read afresh (not from the cache). */
async function tokenExists(client: InfluxClient, name: string): Promise<boolean> {
  return (await client.listTokens()).some((token) => token.name === name)
}

export function useCreateToken({
  onSecret,
}: {
  /** Gets the secret, and what was asked (to compare with what the server recorded). */
  onSecret: (created: CreatedToken, input: CreateTokenInput) => void
}) {
  const client = useClient()
  const refresh = useRefreshTokens()
  return useExclusiveMutation({
    mutationFn: async (request: CreateTokenInput) => {
      const { kind, replaceExisting = false, ...input } = request
      if (replaceExisting) await deleteIfPresent(client, input.name)
      const created = await withOutcomeCheck(
        () =>
          kind === 'admin' ? client.createAdminToken(input) : client.createResourceToken(input as CreateResourceTokenInput),
        () => tokenExists(client, input.name),
        (original) => {
          throw new OutcomeError('done-without-secret', original)
        },
      )
      onSecret(created, request)
      return withoutSecret(created)
    },
    // On failure too: an answer lost on the way may hide a token that now exists.
    onSettled: refresh,
  })
}

export function useRegenerateOperatorToken({ onSecret }: { onSecret: (created: CreatedToken) => void }) {
  const client = useClient()
  const refresh = useRefreshTokens()
  return useExclusiveMutation({
    mutationFn: async () => {
      const created = await client.regenerateOperatorToken()
      onSecret(created)
      return withoutSecret(created)
    },
    onSuccess: refresh,
  })
}

export function useDeleteToken() {
  const client = useClient()
  const queryClient = useQueryClient()
  const refresh = useRefreshTokens()
  const dropRow = (name: string) =>
    queryClient.setQueryData(tokenKeys.list(), (tokens: Token[] | undefined) => tokens?.filter((t) => t.name !== name))
  return useExclusiveMutation({
    mutationFn: (name: string) =>
      withOutcomeCheck(
        () => client.deleteToken(name),
        async () => !(await tokenExists(client, name)),
        () => undefined,
      ),
    // The server said it is gone (or, 404, was gone already): so is its row, even before (or if
    // never) the list refreshes.
    onSuccess: (_data, name) => dropRow(name),
    onError: (error, name) => {
      if (isApiError(error) && error.is(404)) dropRow(name)
    },
    // Refresh on failure too: a 404 means another tab or person already deleted it.
    onSettled: refresh,
  })
}

/** Deletes a token by name; one that is already gone is fine. */
async function deleteIfPresent(client: InfluxClient, name: string): Promise<void> {
  try {
    await client.deleteToken(name)
  } catch (error) {
    if (!(isApiError(error) && error.is(404))) throw error
  }
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

/** Asks the server afresh whether it has a token of this name (after a create whose answer was lost). */
export function useTokenPresence(): (name: string) => Promise<boolean> {
  const client = useClient()
  return (name) => tokenExists(client, name)
}
