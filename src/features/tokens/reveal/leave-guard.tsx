/**
 * Keeps a one-time token string from being lost by leaving the page. While a create or
 * regenerate is in flight, or its string is shown and nothing was copied, a navigation inside
 * the console (a link, Back, Forward) asks first, and closing or reloading the tab gets the
 * browser's own "Leave site?" question. The dialogs themselves already refuse to close then.
 */
import { useEffect } from 'react'
import { useBlocker } from 'react-router-dom'

import { Button } from '../../../ui/button'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import { useEscapeOnTop } from '../../../ui/use-escape-on-top'

interface GuardProps {
  /** The request is in flight: the string has not arrived yet. */
  pending: boolean
  /** The string is shown and was not copied. */
  unsaved: boolean
  /** Runs before the navigation goes ahead: drop the string, close the dialog. */
  onLeave: () => void
}

/**
 * Mounted only while there is something to lose: a router takes one blocker at a time, and the
 * token list has two guarded dialogs (create, regenerate), of which at most one is open. When
 * the request fails while the question is up, the guard goes away and so does the navigation:
 * the user stays and reads the error.
 */
export function LeaveGuard(props: GuardProps) {
  return props.pending || props.unsaved ? <ActiveLeaveGuard {...props} /> : null
}

function ActiveLeaveGuard({ pending, onLeave }: GuardProps) {
  const blocker = useBlocker(true)

  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [])

  const blocked = blocker.state === 'blocked'
  // Escape means Stay, and the reveal underneath must not take it as "close the reveal".
  useEscapeOnTop(blocked, () => blocker.reset?.())

  if (!blocked) return null
  const stay = () => blocker.reset()
  return (
    <AlertDialog open>
      <AlertDialogContent
        title="Leave this page?"
        description={
          pending ? (
            <p>
              The token is still being created. Its string is shown only once, here: if you leave now, the token may exist without
              anyone ever having its string.
            </p>
          ) : (
            <p>The token string has not been copied. It is shown only this once: if you leave, it is gone for good.</p>
          )
        }
      >
        <DialogActions>
          <AlertDialogCancel asChild>
            <Button onClick={stay}>Stay</Button>
          </AlertDialogCancel>
          <Button
            variant="danger"
            onClick={() => {
              onLeave()
              blocker.proceed()
            }}
          >
            Leave without the string
          </Button>
        </DialogActions>
      </AlertDialogContent>
    </AlertDialog>
  )
}
