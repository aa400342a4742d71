/** The deactivate / activate confirmation's content, loaded when first opened (token-status-dialog.tsx). */
import { type FormEvent, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { checkedNote, failureTitle } from '../../../backends/http/outcome'
import { isolate } from '../../../lib/bidi'
import { tokenLabel } from '../../../lib/token-describe'
import { useSetTokenStatus } from '../../../queries/token-status'
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { useSessionMatch } from '../../../session/use-session-fingerprint'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CommandDisclosure } from '../../../ui/command-disclosure'
import { AlertDialogCancel, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import { useToast } from '../../../ui/toaster'
import { confirmWord, SessionWarning, TypedConfirmation } from '../delete/typed-confirmation'

const WORDS = {
  inactive: {
    verb: 'Deactivate',
    doing: 'Deactivating…',
    done: 'deactivated',
    means: 'Every client using it is refused at once, until it is activated again. Nothing is deleted: its permissions stay.',
  },
  active: {
    verb: 'Activate',
    doing: 'Activating…',
    done: 'activated',
    means: 'Clients holding its string are accepted again, with its permissions as they are.',
  },
} as const

export function StatusContent({ token, next, onClose }: { token: Token; next: 'active' | 'inactive'; onClose: () => void }) {
  const change = useSetTokenStatus()
  const toast = useToast()
  const words = WORDS[next]
  const name = isolate(tokenLabel(token))
  const session = useSessionMatch(token)
  // Switching off the console's own token (or one it cannot rule out) is typed, as a delete is.
  const typedWord = next === 'inactive' && session ? confirmWord(token) : null
  const [typed, setTyped] = useState('')
  const confirmed = typedWord === null || typed === typedWord
  const command = useEquivalentCommand((commands, context) => commands.setStatus?.(token, next, context))
  function confirm(event: FormEvent) {
    event.preventDefault()
    if (change.isPending || !confirmed) return
    change.mutate(
      { token, status: next },
      {
        onSuccess: () => {
          onClose()
          toast(`Token “${name}” ${words.done}.`)
        },
      },
    )
  }
  return (
    <AlertDialogContent
      title={`${words.verb} token “${name}”?`}
      description={<p>{words.means}</p>}
      onEscapeKeyDown={(event) => {
        if (change.isPending) event.preventDefault()
      }}
    >
      {next === 'inactive' ? <SessionWarning match={session} verb="deactivate" /> : null}
      {change.error ? (
        <Alert
          tone="error"
          title={failureTitle(change.error, {
            notDone: `The token was not ${words.done}.`,
            unknown: `The console cannot tell whether the token “${name}” was ${words.done}.`,
          })}
        >
          {describeError(change.error)}
          {checkedNote(change.error, `the token is ${next === 'inactive' ? 'still active' : 'still inactive'}.`)}
        </Alert>
      ) : null}
      {command ? <CommandDisclosure lines={command} /> : null}
      <form onSubmit={confirm} noValidate>
        {typedWord !== null ? <TypedConfirmation word={typedWord} value={typed} onChange={setTyped} /> : null}
        <DialogActions>
          <AlertDialogCancel asChild>
            <Button disabled={change.isPending}>Cancel</Button>
          </AlertDialogCancel>
          <Button
            type="submit"
            variant={next === 'inactive' ? 'danger' : 'primary'}
            disabled={change.isPending || !confirmed}
            aria-busy={change.isPending || undefined}
          >
            {change.isPending ? words.doing : `${words.verb} token`}
          </Button>
        </DialogActions>
      </form>
    </AlertDialogContent>
  )
}
