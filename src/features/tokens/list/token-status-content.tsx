/** The deactivate / activate confirmation's content, loaded when first opened (token-status-dialog.tsx). */
import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { isolate } from '../../../lib/bidi'
import { useSetTokenStatus } from '../../../queries/token-status'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { AlertDialogCancel, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import { useToast } from '../../../ui/toaster'

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
  const name = isolate(token.name)
  function confirm() {
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
      {change.error ? (
        <Alert tone="error" title={`The token was not ${words.done}.`}>
          {describeError(change.error)}
        </Alert>
      ) : null}
      <DialogActions>
        <AlertDialogCancel asChild>
          <Button disabled={change.isPending}>Cancel</Button>
        </AlertDialogCancel>
        <Button
          variant={next === 'inactive' ? 'danger' : 'primary'}
          onClick={confirm}
          disabled={change.isPending}
          aria-busy={change.isPending || undefined}
        >
          {change.isPending ? words.doing : `${words.verb} token`}
        </Button>
      </DialogActions>
    </AlertDialogContent>
  )
}
