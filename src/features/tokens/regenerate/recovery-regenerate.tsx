/**
 * Regenerates the operator token through the server's recovery endpoint (no token needed),
 * reachable through the console's proxy at /recovery when INFLUXDB3_RECOVERY_URL is set.
 * The new string is revealed once, like every other token.
 */
import { useState } from 'react'

import { useRecoveryRegenerate } from '../../../queries/token-queries'
import { Button } from '../../../ui/button'
import { Dialog, DialogTrigger } from '../../../ui/dialog'
import { LeaveGuard } from '../reveal/leave-guard'
import { useOneTimeSecret } from '../reveal/use-one-time-secret'
import { ConfirmRegenerateContent } from './regenerate-question'
import { NewOperatorTokenContent } from './regenerate-steps'

/** `onReplaced` gets the new string when its dialog closes, for the page's end state (and only there). */
export function RecoveryRegenerate({ onReplaced }: { onReplaced: (token: string) => void }) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const secret = useOneTimeSecret()
  const regenerate = useRecoveryRegenerate({ onSecret: (created) => secret.reveal(created) })

  function close() {
    const token = secret.created?.secret
    secret.clear()
    regenerate.reset()
    setTyped('')
    setOpen(false)
    if (token) onReplaced(token)
  }
  function requestClose() {
    if (regenerate.isPending) return
    if (secret.mayClose()) close()
  }

  // Only a product with an operator token has a recovery endpoint (InfluxDB 3).
  const operatorName = regenerate.operatorName
  if (!operatorName) return null

  return (
    <>
      <LeaveGuard pending={regenerate.isPending && !secret.created} unsaved={secret.unsaved} onLeave={close} />
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : requestClose())}>
        <DialogTrigger asChild>
          <Button variant="danger">Regenerate through the recovery endpoint</Button>
        </DialogTrigger>
        {secret.created ? (
          <NewOperatorTokenContent done="regenerated" secret={secret} onRequestClose={requestClose} onClose={close} />
        ) : (
          <ConfirmRegenerateContent
            operatorName={operatorName}
            description="The current operator token stops working at once, wherever it is used. The recovery endpoint closes itself after this one use."
            typed={typed}
            onTyped={setTyped}
            pending={regenerate.isPending}
            error={regenerate.error}
            errorHint="If the recovery endpoint already served one regeneration, it has closed: restart the server with the recovery flag to use it again."
            onConfirm={() => regenerate.mutate()}
            onCancel={requestClose}
          />
        )}
      </Dialog>
    </>
  )
}
