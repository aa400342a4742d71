/**
 * Delete one token, after a confirmation that names it and says what happens to its clients.
 * One instance serves the whole list (a row's button passes its token), so a page of rows does
 * not mount a dialog and a mutation observer per row. Closing returns the focus to the button
 * that opened it (see ui/dialog.tsx).
 */
import { lazy, Suspense } from 'react'

import type { Token } from '../../../backends/domain'
import { AlertDialog } from '../../../ui/dialog'

// The confirmation's content (and its request) loads when first opened: the list needs only the dialog's shell.
const DeleteTokenContent = lazy(async () => ({ default: (await import('./delete-token-content')).DeleteTokenContent }))

export function DeleteTokenDialog({ token, onClose }: { token: Token | null; onClose: () => void }) {
  return (
    <AlertDialog open={token !== null}>
      {/* Keyed: each token starts with a fresh request state (no error left from another one). */}
      {token ? (
        <Suspense fallback={null}>
          <DeleteTokenContent key={token.id} token={token} onClose={onClose} />
        </Suspense>
      ) : null}
    </AlertDialog>
  )
}
