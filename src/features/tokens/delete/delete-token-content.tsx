/** The delete (or revoke) confirmation's content, loaded when first opened (delete-token-dialog.tsx). */
import { type FormEvent, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { isApiError } from '../../../backends/http/errors'
import { checkedNote, failureTitle } from '../../../backends/http/outcome'
import { isolate } from '../../../lib/bidi'
import { tokenLabel } from '../../../lib/token-describe'
import { useDeleteToken } from '../../../queries/token-queries'
import { useBackend } from '../../../session/session-context'
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { useSessionMatch } from '../../../session/use-session-fingerprint'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CommandDisclosure } from '../../../ui/command-disclosure'
import { AlertDialogCancel, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import { useToast } from '../../../ui/toaster'
import { confirmWord, SessionWarning, TypedConfirmation } from './typed-confirmation'

/** The words of removal: a product that revokes (the management API) keeps the token listed, revoked. */
const DELETE = { verb: 'Delete', done: 'deleted', doing: 'Deleting…', after: '' }
const REVOKE = { verb: 'Revoke', done: 'revoked', doing: 'Revoking…', after: ' It stays in the list, marked revoked.' }

export function DeleteTokenContent({ token, onClose }: { token: Token; onClose: () => void }) {
  const remove = useDeleteToken()
  const toast = useToast()
  const revokes = useBackend().tokens.revokes === true
  const words = revokes ? REVOKE : DELETE
  const session = useSessionMatch(token)
  // Typed, not clicked: a revoke cannot be undone even by the server, and the session's own token
  // (or one the console cannot rule out) takes the console's access with it.
  const typedWord = revokes || session ? confirmWord(token) : null
  const [typed, setTyped] = useState('')
  const confirmed = typedWord === null || typed === typedWord
  const command = useEquivalentCommand((commands, context) => commands.deleteToken(token, context))

  function confirm(event?: FormEvent) {
    event?.preventDefault()
    if (remove.isPending || !confirmed) return
    remove.mutate(token, {
      onSuccess: () => {
        onClose()
        toast(`Token “${isolate(tokenLabel(token))}” ${words.done}.`)
      },
      onError: (error) => {
        if (isApiError(error) && error.is(404)) {
          onClose()
          toast(
            `Token “${isolate(tokenLabel(token))}” was already ${words.done} (perhaps in another tab). The list is up to date.`,
            'error',
          )
        }
      },
    })
  }

  return (
    <AlertDialogContent
      title={`${words.verb} token “${isolate(tokenLabel(token))}”?`}
      description={
        <p>
          Every client using <strong>{isolate(tokenLabel(token))}</strong> loses access at once. This cannot be undone: to restore
          access you would create a new token and hand its string to each client.{words.after}
        </p>
      }
      onEscapeKeyDown={(event) => {
        event.preventDefault()
        if (!remove.isPending) onClose()
      }}
    >
      <SessionWarning match={session} verb={words.verb.toLowerCase()} />
      {remove.error && !(isApiError(remove.error) && remove.error.is(404)) ? (
        <Alert
          tone="error"
          title={failureTitle(remove.error, {
            notDone: `The token was not ${words.done}.`,
            unknown: `The console cannot tell whether the token “${isolate(tokenLabel(token))}” was ${words.done}.`,
          })}
        >
          {describeError(remove.error)}
          {checkedNote(remove.error, 'the token is still there.')}
        </Alert>
      ) : null}
      {command ? <CommandDisclosure lines={command} /> : null}
      <form onSubmit={confirm} noValidate>
        {typedWord !== null ? <TypedConfirmation word={typedWord} value={typed} onChange={setTyped} /> : null}
        <DialogActions>
          <AlertDialogCancel asChild>
            <Button disabled={remove.isPending} onClick={onClose}>
              Cancel
            </Button>
          </AlertDialogCancel>
          <Button
            type="submit"
            variant="danger"
            disabled={remove.isPending || !confirmed}
            aria-busy={remove.isPending || undefined}
          >
            {remove.isPending ? words.doing : `${words.verb} token`}
          </Button>
        </DialogActions>
      </form>
    </AlertDialogContent>
  )
}
