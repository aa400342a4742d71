import { useState } from 'react'
import { describeError } from '../../api/describe-error'
import { isApiError } from '../../api/errors'
import type { Token } from '../../api/types'
import { isolate } from '../../lib/bidi'
import { useDeleteToken } from '../../queries/token-queries'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger, DialogActions } from '../../ui/dialog'
import { TrashIcon } from '../../ui/icons'
import { useToast } from '../../ui/toaster'

/** Delete one token, after a confirmation that names it and says what happens to its clients. */
export function DeleteTokenDialog({ token }: { token: Token }) {
  const [open, setOpen] = useState(false)
  const remove = useDeleteToken()
  const toast = useToast()

  function confirm() {
    if (remove.isPending) return
    remove.mutate(token.name, {
      onSuccess: () => {
        setOpen(false)
        toast(`Token “${isolate(token.name)}” deleted.`)
      },
      onError: (error) => {
        if (isApiError(error) && error.is(404)) {
          setOpen(false)
          toast(`Token “${isolate(token.name)}” was already deleted (perhaps in another tab). The list is up to date.`, 'error')
        }
      },
    })
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (remove.isPending) return
        if (next) remove.reset()
        setOpen(next)
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="ghost" aria-label={`Delete token ${token.name}`}>
          <TrashIcon />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title={`Delete token “${isolate(token.name)}”?`}
        description={
          <>
            <p>
              Every client using <strong>{isolate(token.name)}</strong> loses access at once. This cannot be undone: to restore
              access you would create a new token and hand its string to each client.
            </p>
          </>
        }
      >
        {remove.error && !(isApiError(remove.error) && remove.error.is(404)) ? (
          <Alert tone="error" title="The token was not deleted.">
            {describeError(remove.error)}
          </Alert>
        ) : null}
        <DialogActions>
          <AlertDialogCancel asChild>
            <Button disabled={remove.isPending}>Cancel</Button>
          </AlertDialogCancel>
          <Button variant="danger" onClick={confirm} disabled={remove.isPending} aria-busy={remove.isPending || undefined}>
            {remove.isPending ? 'Deleting…' : 'Delete token'}
          </Button>
        </DialogActions>
      </AlertDialogContent>
    </AlertDialog>
  )
}
