/**
 * Why a token create failed, in words the operator can act on. When the create's answer was
 * lost (timeout, dropped connection, corrupt success), the mutation already looked the name up:
 * not created (try again), created without its string (delete it and create it again, as one
 * action), or still unknown (check again once the server answers).
 */
import { useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import { type CheckedOutcome, isOutcomeError } from '../../../backends/http/outcome'
import { isolate } from '../../../lib/bidi'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'

export function CreateProblem({
  error,
  name,
  busy,
  onRecreate,
  isPresent,
  othersNamed,
}: {
  error: unknown
  name: string
  /** A create (or the delete-and-create) is running. */
  busy: boolean
  /** Delete the token of this name, then create it again with the same choices. */
  onRecreate: () => void
  /** Asks the server afresh whether the create made a token of this name after all. */
  isPresent: (name: string) => Promise<boolean>
  /** Other tokens had this name before (names need not be unique): the lookup looked past them. */
  othersNamed: boolean
}) {
  const [rechecked, setRechecked] = useState<{ outcome: CheckedOutcome; error?: unknown } | null>(null)
  const [checking, setChecking] = useState(false)
  const outcome = rechecked?.outcome ?? (isOutcomeError(error) ? error.outcome : null)
  const shown = isolate(name)

  function checkAgain() {
    setChecking(true)
    isPresent(name)
      .then(
        (found) => setRechecked({ outcome: found ? 'done-without-secret' : 'not-done' }),
        (lookupError: unknown) => setRechecked({ outcome: 'unknown', error: lookupError }),
      )
      .finally(() => setChecking(false))
  }

  switch (outcome) {
    case 'done-without-secret':
      return (
        <Alert
          tone="warning"
          title={`The token “${shown}” was created, but its string never reached the console.`}
          action={
            <Button variant="primary" onClick={onRecreate} disabled={busy} aria-busy={busy || undefined}>
              {busy ? 'Replacing…' : 'Delete it and create it again'}
            </Button>
          }
        >
          Nobody can use a token whose string is lost. Delete it and create it again with the same choices to get a string you can
          copy.
        </Alert>
      )
    case 'not-done':
      return (
        <Alert tone="error" title="The token was not created.">
          {rechecked ? 'The answer to the create was lost.' : describeError(error)} The console checked: the server has no token
          named “{shown}”{othersNamed ? ' beside those it had' : ''}, so nothing was changed. Try again.
        </Alert>
      )
    case 'unknown':
      return (
        <Alert
          tone="error"
          title={`The console cannot tell whether the token “${shown}” was created.`}
          action={
            <Button onClick={checkAgain} disabled={checking || busy} aria-busy={checking || undefined}>
              {checking ? 'Checking…' : 'Check again'}
            </Button>
          }
        >
          {describeError(rechecked?.error ?? error)} Check again once the server answers: if “{shown}” exists, its string is lost
          and it must be deleted and created again.
        </Alert>
      )
    default:
      return (
        <Alert tone="error" title="The token was not created.">
          {describeError(error)}
        </Alert>
      )
  }
}
