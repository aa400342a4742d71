/**
 * Change a database's limits and retention where the product has limits (`databases.setLimits`,
 * the management API): one dialog, one request, filled with the database's settings as they are.
 */
import { useRef, useState } from 'react'

import type { Database } from '../../backends/domain'
import { isolate } from '../../lib/bidi'
import { useSetDatabaseSettings } from '../../queries/database-settings'
import { Button } from '../../ui/button'
import { Dialog, DialogContent, DialogTrigger } from '../../ui/dialog'
import type { CloseGuard } from '../../ui/discard-guard'
import { describeSettings } from './database-limits'
import { LimitsForm } from './limits-form'

export function LimitsDialog({ database }: { database: Database }) {
  const [open, setOpen] = useState(false)
  const save = useSetDatabaseSettings()
  // The form's say on closing: changed fields ask before they go (docs/forms.md).
  const guard = useRef<CloseGuard | null>(null)
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (save.isPending) return
        if (!next && guard.current?.() === false) return
        if (next) save.reset()
        setOpen(next)
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" aria-label={`Edit limits and retention of ${database.name}`}>
          Limits and retention
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit limits and retention of “${isolate(database.name)}”`}
        description={`Now: ${describeSettings(database)}.`}
      >
        {/* Mounted while open: each opening starts from the database's settings as they are. */}
        {open ? <LimitsForm database={database} save={save} closeGuard={guard} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  )
}
