/**
 * Token queries and mutations: the only place token query keys are built.
 *
 * A created token's secret must never enter the query client (STYLE.md rule 7), and a
 * mutation's result is kept in the mutation cache. So the mutations hand the secret to the
 * caller's `onSecret` (component state of the reveal step) and resolve with a summary without it.
 */
import { queryOptions, useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef } from 'react'

import type { CreatedToken, Token } from '../backends/domain'
import { isApiError } from '../backends/http/errors'
import { OutcomeError, withOutcomeCheck } from '../backends/http/outcome'
import type { Backend, TokenDraft, TokenRef } from '../backends/port'
import { useBackend, useProductModule } from '../session/session-context'
import { useExclusiveMutation } from './use-exclusive-mutation'

export const tokenKeys = {
  all: (backend: Backend) => [backend.connectionKey, 'tokens'] as const,
  list: (backend: Backend) => [...tokenKeys.all(backend), 'list'] as const,
}

export function tokenListQuery(backend: Backend) {
  return queryOptions({
    queryKey: tokenKeys.list(backend),
    queryFn: ({ signal }) => backend.tokens.list({ signal }),
  })
}

/** A created token without its secret: safe to keep. */
export type CreatedTokenSummary = Omit<CreatedToken, 'secret'>

export function withoutSecret({ secret: _secret, ...summary }: CreatedToken): CreatedTokenSummary {
  return summary
}

/**
 * Refreshes the list after a change without waiting for it: the change's outcome is told as
 * soon as the server answered it (docs/decisions/010-outcome-before-refresh.md).
 */
function useRefreshTokens(backend: Backend) {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: tokenKeys.all(backend) })
  }
}

export type CreateTokenInput = TokenDraft & {
  /**
   * A token of this name exists but its string was lost (an earlier create's answer never
   * arrived): delete it first, then create it again.
   */
  replaceExisting?: boolean
}

/**
 * The live token of this name that a create made, read afresh (not from the cache): not one of
 * `known` (listed under that name before the create) and not revoked. Where names need not be
 * unique (the management API's descriptions), an older token of the same name is not the new
 * one: taking it for the new one would say "created" for nothing, and "delete it and create it
 * again" would remove a token some client still uses.
 */
async function findNewToken(backend: Backend, name: string, known: ReadonlySet<string>): Promise<Token | undefined> {
  return (await backend.tokens.list()).find((token) => token.name === name && token.status !== 'revoked' && !known.has(token.id))
}

export function useCreateToken({
  onSecret,
}: {
  /** Gets the secret, and what was asked (to compare with what the server recorded). */
  onSecret: (created: CreatedToken, input: CreateTokenInput) => void
}) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  const refresh = useRefreshTokens(backend)
  // The tokens listed under the name when it was first sent: none of them is the one it creates.
  const known = useRef<ReadonlySet<string>>(new Set())
  const mutation = useExclusiveMutation({
    mutationFn: async (request: CreateTokenInput) => {
      const { replaceExisting = false, ...draft } = request
      if (replaceExisting) await removeIfPresent(backend, draft.name, known.current)
      else {
        const listed = queryClient.getQueryData<Token[]>(tokenKeys.list(backend)) ?? []
        known.current = new Set(listed.filter((token) => token.name === draft.name).map((token) => token.id))
      }
      const created = await withOutcomeCheck(
        () => backend.tokens.create(draft),
        async () => (await findNewToken(backend, draft.name, known.current)) !== undefined,
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
  return {
    ...mutation,
    /** Asks the server afresh whether the last create made a token of this name after all. */
    isPresent: async (name: string) => (await findNewToken(backend, name, known.current)) !== undefined,
    /** Other tokens had the name when the last create was first sent (lookups look past them). */
    othersNamed: () => known.current.size > 0,
  }
}

export function useRegenerateOperatorToken({ onSecret }: { onSecret: (created: CreatedToken) => void }) {
  const backend = useBackend()
  const refresh = useRefreshTokens(backend)
  return useExclusiveMutation({
    mutationFn: async () => {
      if (!backend.operator) throw new Error('This product has no operator token to regenerate.')
      const created = await backend.operator.regenerate()
      onSecret(created)
      return withoutSecret(created)
    },
    onSuccess: refresh,
  })
}

/** Gone, for a product that deletes; listed as revoked, for one that revokes (`tokens.revokes`). */
const removed = (token: Token | undefined) => token === undefined || token.status === 'revoked'

export function useDeleteToken() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  const refresh = useRefreshTokens(backend)
  // A deleted token's row goes; a revoked one stays, marked revoked, as the server lists it.
  const dropRow = (token: TokenRef) =>
    queryClient.setQueryData(tokenKeys.list(backend), (tokens: Token[] | undefined) =>
      backend.tokens.revokes
        ? tokens?.map((t) => (t.id === token.id ? { ...t, status: 'revoked' as const, revokedAt: t.revokedAt ?? Date.now() } : t))
        : tokens?.filter((t) => t.id !== token.id),
    )
  return useExclusiveMutation({
    mutationFn: (token: TokenRef) =>
      withOutcomeCheck(
        () => backend.tokens.remove(token),
        // By id: descriptions need not be unique (InfluxDB 2, the management API).
        async () => removed((await backend.tokens.list()).find((t) => t.id === token.id)),
        () => undefined,
      ),
    // The server said it is gone (or, 404, was gone already): so is its row, even before (or if
    // never) the list refreshes.
    onSuccess: (_data, token) => dropRow(token),
    onError: (error, token) => {
      if (isApiError(error) && error.is(404)) dropRow(token)
    },
    // Refresh on failure too: a 404 means another tab or person already deleted it.
    onSettled: refresh,
  })
}

/** Removes the token a create made under this name (see `findNewToken`); one that is already gone is fine. */
async function removeIfPresent(backend: Backend, name: string, known: ReadonlySet<string>): Promise<void> {
  const token = await findNewToken(backend, name, known)
  if (!token) return
  try {
    await backend.tokens.remove(token)
  } catch (error) {
    if (!(isApiError(error) && error.is(404))) throw error
  }
}

/** Where the console's proxy exposes the server's admin-token recovery endpoint. */
export const RECOVERY_BASE_URL = '/recovery'

/**
 * Regenerates the operator token through the recovery endpoint: no session and no token, so
 * it uses a backend of its own, and like every create it hands the secret to `onSecret` only.
 */
export function useRecoveryRegenerate({ onSecret }: { onSecret: (created: CreatedToken) => void }) {
  const { createBackend } = useProductModule()
  const recovery = useMemo(
    () => createBackend({ baseUrl: () => RECOVERY_BASE_URL, token: () => null, connectionKey: 'recovery' }),
    [createBackend],
  )
  const mutation = useExclusiveMutation({
    mutationFn: async () => {
      if (!recovery.operator) throw new Error('This product has no operator token to recover.')
      const created = await recovery.operator.regenerate()
      onSecret(created)
      return withoutSecret(created)
    },
  })
  return { ...mutation, operatorName: recovery.operator?.name }
}
