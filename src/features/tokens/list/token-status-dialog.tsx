/**
 * Deactivate or activate a token (InfluxDB 2), after a confirmation that names it and says what
 * it means for its clients. The request state lives in the open dialog only, so a page of rows
 * mounts no mutation observer per row.
 */
import { lazy, Suspense, useState } from 'react'

import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { Button } from '../../../ui/button'
import { AlertDialog, AlertDialogTrigger } from '../../../ui/dialog'

const VERBS = { inactive: 'Deactivate', active: 'Activate' } as const

// The confirmation's content (and its request) loads when first opened: only some products have it.
const StatusContent = lazy(async () => ({ default: (await import('./token-status-content')).StatusContent }))

export function TokenStatusDialog({ token }: { token: Token }) {
  const [open, setOpen] = useState(false)
  const next = token.status === 'inactive' ? 'active' : 'inactive'
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" aria-label={`${VERBS[next]} token ${tokenLabel(token)}`}>
          {VERBS[next]}
        </Button>
      </AlertDialogTrigger>
      {open ? (
        <Suspense fallback={null}>
          <StatusContent token={token} next={next} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </AlertDialog>
  )
}
