/**
 * The token form's create request: sends it, remembers what was sent (so "delete it and create
 * it again" repeats it exactly), turns the server's 409 into an error on the name, and tells the
 * dialog while a create is in flight (it must not close while the secret is on its way).
 */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import type { CreatedToken } from '../../../backends/domain'
import { isApiError } from '../../../backends/http/errors'
import { type CreateTokenInput, idsNamed, tokenListQuery, useCreateToken } from '../../../queries/token-queries'
import { useBackend } from '../../../session/session-context'

export function useTokenCreate({
  onCreated,
  onPendingChange,
}: {
  onCreated: (created: CreatedToken, requestedExpirySecs: number | null) => void
  onPendingChange: (pending: boolean) => void
}) {
  const [sent, setSent] = useState<CreateTokenInput | null>(null)
  const [nameTaken, setNameTaken] = useState<string | null>(null)
  const create = useCreateToken({ onSecret: (created, input) => onCreated(created, input.expirySecs ?? null) })
  // The list the user sees (never read here): which tokens already bear the name sent.
  const listed = useQuery({ ...tokenListQuery(useBackend()), enabled: false }).data

  useEffect(() => {
    onPendingChange(create.isPending)
    // The reveal replaces the form while the mutation is still pending: report the end.
    return () => onPendingChange(false)
  }, [create.isPending, onPendingChange])

  function send(request: CreateTokenInput) {
    const input = { ...request, existing: request.existing ?? idsNamed(listed, request.name) }
    setSent(input)
    create.mutate(input, {
      onError: (error) => {
        if (isApiError(error) && error.is(409)) setNameTaken(`A token named “${input.name}” already exists.`)
      },
    })
  }

  return {
    send,
    /** Delete the token the last send made (its string lost), then send the same again. */
    recreate: () => sent && send({ ...sent, replaceExisting: true }),
    pending: create.isPending,
    /** The tokens that had the name before the first send: never the one a lost answer made. */
    existing: sent?.existing,
    /** Changes with every send: a new failure starts its problem afresh. */
    submittedAt: create.submittedAt,
    /** The server's refusal of the name; the form clears it when the name changes. */
    nameTaken,
    clearNameTaken: () => setNameTaken(null),
    /** Any other failure. */
    error: create.error && !(isApiError(create.error) && create.error.is(409)) ? create.error : null,
  }
}
