/** Waiting for what a real pointer could do: reach an element. */
import { waitFor } from '@testing-library/react'

/**
 * Resolves with `element` once no ancestor blocks the pointer. A modal above a modal (the "Leave
 * this page?" question over the reveal) mounts with `pointer-events: none` from the layer below
 * and is enabled one render later; a click in between is one no user could make.
 */
export async function untilClickable(element: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => {
    // The nearest declaration wins, as user-event (and CSS inheritance) read it.
    for (let node: HTMLElement | null = element; node !== null; node = node.parentElement) {
      const declared = getComputedStyle(node).pointerEvents
      if (declared === '' || declared === 'inherit' || declared === 'unset') continue
      if (declared === 'none') throw new Error('a layer above still blocks the pointer')
      return
    }
  })
  return element
}

/**
 * A click on the backdrop behind an open dialog (its Radix overlay, the element drawn just before
 * the dialog in the same portal): what a user does to click outside it.
 */
export async function clickOutside(user: { click: (element: Element) => Promise<void> }, dialog: HTMLElement) {
  const backdrop = dialog.previousElementSibling
  if (!(backdrop instanceof HTMLElement)) throw new Error('the dialog has no backdrop before it')
  await user.click(await untilClickable(backdrop))
}
