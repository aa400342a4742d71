import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { isApiError } from '../../../backends/http/errors'
import { checkedNote, failureTitle } from '../../../backends/http/outcome'
import { isolate } from '../../../lib/bidi'
import { useDeleteToken } from '../../../queries/token-queries'
import { useBackend } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import { useToast } from '../../../ui/toaster'

/**
 * Delete one token, after a confirmation that names it and says what happens to its clients.
 * One instance serves the whole list (a row's button passes its token), so a page of rows does
 * not mount a dialog and a mutation observer per row. Closing returns the focus to the button
 * that opened it (see ui/dialog.tsx).
 */
export function DeleteTokenDialog({ token, onClose }: { token: Token | null; onClose: () => void }) {
  return (
    <AlertDialog open={token !== null}>
      {/* Keyed: each token starts with a fresh request state (no error left from another one). */}
      {token ? <DeleteTokenContent key={token.id} token={token} onClose={onClose} /> : null}
    </AlertDialog>
  )
}

/** The words of removal: a product that revokes (the management API) keeps the token listed, revoked. */
const DELETE = { verb: 'Delete', done: 'deleted', doing: 'Deleting…', after: '' }
const REVOKE = { verb: 'Revoke', done: 'revoked', doing: 'Revoking…', after: ' It stays in the list, marked revoked.' }

function DeleteTokenContent({ token, onClose }: { token: Token; onClose: () => void }) {
  const remove = useDeleteToken()
  const toast = useToast()
  const words = useBackend().tokens.revokes ? REVOKE : DELETE

  function confirm() {
    if (remove.isPending) return
    remove.mutate(token, {
      onSuccess: () => {
        onClose()
        toast(`Token “${isolate(token.name)}” ${words.done}.`)
      },
      onError: (error) => {
        if (isApiError(error) && error.is(404)) {
          onClose()
          toast(
            `Token “${isolate(token.name)}” was already ${words.done} (perhaps in another tab). The list is up to date.`,
            'error',
          )
        }
      },
    })
  }

  return (
    <AlertDialogContent
      title={`${words.verb} token “${isolate(token.name)}”?`}
      description={
        <p>
          Every client using <strong>{isolate(token.name)}</strong> loses access at once. This cannot be undone: to restore access
          you would create a new token and hand its string to each client.{words.after}
        </p>
      }
      onEscapeKeyDown={(event) => {
        event.preventDefault()
        if (!remove.isPending) onClose()
      }}
    >
      {remove.error && !(isApiError(remove.error) && remove.error.is(404)) ? (
        <Alert
          tone="error"
          title={failureTitle(remove.error, {
            notDone: `The token was not ${words.done}.`,
            unknown: `The console cannot tell whether the token “${isolate(token.name)}” was ${words.done}.`,
          })}
        >
          {describeError(remove.error)}
          {checkedNote(remove.error, 'the token is still there.')}
        </Alert>
      ) : null}
      <DialogActions>
        <AlertDialogCancel asChild>
          <Button disabled={remove.isPending} onClick={onClose}>
            Cancel
          </Button>
        </AlertDialogCancel>
        <Button variant="danger" onClick={confirm} disabled={remove.isPending} aria-busy={remove.isPending || undefined}>
          {remove.isPending ? words.doing : `${words.verb} token`}
        </Button>
      </DialogActions>
    </AlertDialogContent>
  )
}
