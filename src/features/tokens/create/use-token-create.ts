/**
 * The token form's create request: sends it, remembers what was sent (so "delete it and create
 * it again" repeats it exactly), turns the server's 409 into an error on the name where names are
 * unique (elsewhere, as on the management API, a 409 is some other conflict and stays the
 * server's words), and tells the dialog while a create is in flight (it must not close while the
 * secret is on its way).
 */
import { useEffect, useState } from 'react'

import type { CreatedToken } from '../../../backends/domain'
import { isApiError } from '../../../backends/http/errors'
import { type CreateTokenInput, useCreateToken } from '../../../queries/token-queries'

export function useTokenCreate({
  onCreated,
  onPendingChange,
  uniqueNames,
}: {
  /** A 409 means the name is taken (InfluxDB 3), not another conflict. */
  uniqueNames: boolean
  onCreated: (created: CreatedToken, requestedExpirySecs: number | null) => void
  onPendingChange: (pending: boolean) => void
}) {
  const [sent, setSent] = useState<CreateTokenInput | null>(null)
  const [nameTaken, setNameTaken] = useState<string | null>(null)
  const create = useCreateToken({ onSecret: (created, input) => onCreated(created, input.expirySecs ?? null) })

  useEffect(() => {
    onPendingChange(create.isPending)
    // The reveal replaces the form while the mutation is still pending: report the end.
    return () => onPendingChange(false)
  }, [create.isPending, onPendingChange])

  const nameConflict = (error: unknown) => uniqueNames && isApiError(error) && error.is(409)

  function send(input: CreateTokenInput) {
    setSent(input)
    create.mutate(input, {
      onError: (error) => {
        if (nameConflict(error)) setNameTaken(`A token named “${input.name}” already exists.`)
      },
    })
  }

  return {
    send,
    /** Delete the token of the name sent, then send the same again. */
    recreate: () => sent && send({ ...sent, replaceExisting: true }),
    pending: create.isPending,
    /** Changes with every send: a new failure starts its problem afresh. */
    submittedAt: create.submittedAt,
    /** Whether the last create made a token of this name after all (its answer was lost). */
    isPresent: create.isPresent,
    /** Other tokens had the name before the first send: "not created" then says it looked past them. */
    othersNamed: create.othersNamed(),
    /** The server's refusal of the name; the form clears it when the name changes. */
    nameTaken,
    clearNameTaken: () => setNameTaken(null),
    /** Any other failure. */
    error: create.error && !nameConflict(create.error) ? create.error : null,
  }
}
