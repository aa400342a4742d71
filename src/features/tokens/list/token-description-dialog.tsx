/**
 * Change a token's description in place, where the product can (InfluxDB 2, the management
 * API): its string and permissions stay as they are. The request state lives in the open
 * dialog only.
 */
import { lazy, Suspense, useRef, useState } from 'react'

import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { Button } from '../../../ui/button'
import { Dialog, DialogTrigger } from '../../../ui/dialog'
import type { CloseGuard } from '../../../ui/discard-guard'

// The form (and its request) loads when first opened: only some products can change a description.
const DescriptionContent = lazy(async () => ({ default: (await import('./token-description-content')).DescriptionContent }))

export function TokenDescriptionDialog({ token }: { token: Token }) {
  const [open, setOpen] = useState(false)
  // The form's say on closing: changed fields ask before they go (docs/forms.md).
  const guard = useRef<CloseGuard | null>(null)
  return (
    <Dialog open={open} onOpenChange={(next) => (next || guard.current?.() !== false) && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="ghost" aria-label={`Edit description of token ${tokenLabel(token)}`}>
          Edit
        </Button>
      </DialogTrigger>
      {open ? (
        <Suspense fallback={null}>
          <DescriptionContent token={token} closeGuard={guard} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </Dialog>
  )
}
