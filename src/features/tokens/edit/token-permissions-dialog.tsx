/**
 * Change a token's permissions in place, where the product can (`tokens.setPermissions`, the
 * management API): the same Read / Write grid as the create dialog, filled with what the token
 * holds. The request state lives in the open dialog only.
 */
import { lazy, Suspense, useRef, useState } from 'react'

import type { Token } from '../../../backends/domain'
import { Button } from '../../../ui/button'
import { Dialog, DialogTrigger } from '../../../ui/dialog'
import type { CloseGuard } from '../../../ui/discard-guard'

// The grid (and its request) loads when first opened: only some products can change permissions.
const PermissionsContent = lazy(async () => ({ default: (await import('./token-permissions-content')).PermissionsContent }))

export function TokenPermissionsDialog({ token }: { token: Token }) {
  const [open, setOpen] = useState(false)
  // The form's say on closing: changed fields ask before they go (docs/forms.md).
  const guard = useRef<CloseGuard | null>(null)
  return (
    <Dialog open={open} onOpenChange={(next) => (next || guard.current?.() !== false) && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="ghost" aria-label={`Edit permissions of token ${token.name}`}>
          Edit permissions
        </Button>
      </DialogTrigger>
      {open ? (
        <Suspense fallback={null}>
          <PermissionsContent token={token} closeGuard={guard} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </Dialog>
  )
}
