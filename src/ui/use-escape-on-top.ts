import { useEffect, useRef } from 'react'

/**
 * For a dialog opened on top of another open dialog: takes the Escape key before any dialog
 * sees it (a keydown listener in the window's capture phase). Radix dialogs listen on the
 * document, and a dialog underneath was seen to take Escape as its own "close" (losing what the
 * user typed into it) although another dialog was on top. `onEscape` is what Escape means here;
 * without it, Escape does nothing while `active`.
 */
export function useEscapeOnTop(active: boolean, onEscape?: () => void): void {
  const handler = useRef(onEscape)
  useEffect(() => {
    handler.current = onEscape
  })
  useEffect(() => {
    if (!active) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      event.preventDefault()
      handler.current?.()
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [active])
}
