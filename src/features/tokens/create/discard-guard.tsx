/**
 * Asks before a filled create form is thrown away. Escape, the dialog's × and a click outside
 * it all ask the dialog to close; the dialog first asks the form (its `CloseGuard`), which lets
 * an untouched form (or an unchanged clone) close at once and otherwise asks "Discard this
 * token?". Loaded with the form, so the token list carries none of it.
 */
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react'

import { Button } from '../../../ui/button'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import { useEscapeOnTop } from '../../../ui/use-escape-on-top'

/** Whether the dialog may close now; false when the form has asked the user instead. */
export type CloseGuard = () => boolean

export function useDiscardGuard({
  guardRef,
  changed,
  onDiscard,
}: {
  guardRef: RefObject<CloseGuard | null> | undefined
  /** The form differs from how it opened. */
  changed: boolean
  onDiscard: () => void
}): ReactNode {
  const [asking, setAsking] = useState(false)
  // The form's dialog closes only once the question has: two Radix layers closing in the same
  // render were seen to leave the page's `pointer-events: none` behind, so nothing was clickable.
  const discarding = useRef(false)
  useEffect(() => {
    if (!guardRef) return
    guardRef.current = () => {
      if (!changed) return true
      setAsking(true)
      return false
    }
    return () => {
      guardRef.current = null
    }
  }, [guardRef, changed])
  // The form's dialog underneath must not take this Escape as its own "close".
  useEscapeOnTop(asking, () => setAsking(false))

  return (
    <AlertDialog open={asking} onOpenChange={setAsking}>
      <AlertDialogContent
        title="Discard this token?"
        onCloseAutoFocus={(event) => {
          if (!discarding.current) return
          discarding.current = false
          // The focus goes back with the form's dialog, to what opened it.
          event.preventDefault()
          onDiscard()
        }}
        description={<p>Nothing has been created yet. If you discard it, what you entered here is lost.</p>}
      >
        <DialogActions>
          <AlertDialogCancel asChild>
            <Button>Keep editing</Button>
          </AlertDialogCancel>
          <Button
            variant="danger"
            onClick={() => {
              discarding.current = true
              setAsking(false)
            }}
          >
            Discard
          </Button>
        </DialogActions>
      </AlertDialogContent>
    </AlertDialog>
  )
}
