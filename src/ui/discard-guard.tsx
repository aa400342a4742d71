/**
 * Asks before a changed form is thrown away (docs/forms.md, "Closing a dialog"). Escape, the
 * dialog's × and a click outside it all ask the dialog to close; the dialog first asks the form
 * (its `CloseGuard`), which lets an unchanged form close at once and otherwise asks the question
 * ("Discard this token?", "Discard your changes?"). The form's own Cancel closes without asking:
 * it already says "throw this away". Import it from lazily loaded forms only, so the first page
 * carries none of it.
 */
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react'

import { Button } from './button'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, DialogActions } from './dialog'
import { useEscapeOnTop } from './use-escape-on-top'

/** Whether the dialog may close now; false when the form has asked the user instead. */
export type CloseGuard = () => boolean

export function useDiscardGuard({
  guardRef,
  changed,
  onDiscard,
  title,
  description,
}: {
  guardRef: RefObject<CloseGuard | null> | undefined
  /** The form differs from how it opened. */
  changed: boolean
  onDiscard: () => void
  title: string
  description: string
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
        title={title}
        onCloseAutoFocus={(event) => {
          if (!discarding.current) return
          discarding.current = false
          // The focus goes back with the form's dialog, to what opened it.
          event.preventDefault()
          onDiscard()
        }}
        description={<p>{description}</p>}
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

/** The question for an edit dialog whose fields were changed but not saved. */
export const DISCARD_CHANGES = {
  title: 'Discard your changes?',
  description: 'Nothing has been saved yet. If you discard them, the changes you made here are lost.',
}
