/**
 * Regenerates the operator token through the server's recovery endpoint (no token needed),
 * reachable through the console's proxy at /recovery when INFLUXDB3_RECOVERY_URL is set.
 * The new string is revealed once, like every other token.
 */
import { useState, type FormEvent } from 'react'
import { describeError } from '../../api/describe-error'
import { useRecoveryRegenerate } from '../../queries/token-queries'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '../../ui/dialog'
import { TextField } from '../../ui/field'
import { TokenReveal } from './token-reveal'
import { useOneTimeSecret } from './use-one-time-secret'
import styles from './token-form.module.css'

export function RecoveryRegenerate() {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const secret = useOneTimeSecret()
  const regenerate = useRecoveryRegenerate({ onSecret: (created) => secret.reveal(created) })

  function close() {
    secret.clear()
    regenerate.reset()
    setTyped('')
    setOpen(false)
  }
  function requestClose() {
    if (regenerate.isPending) return
    if (secret.mayClose()) close()
  }
  function submit(event: FormEvent) {
    event.preventDefault()
    if (typed === '_admin' && !regenerate.isPending) regenerate.mutate()
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : requestClose())}>
      <DialogTrigger asChild>
        <Button variant="danger">Regenerate through the recovery endpoint</Button>
      </DialogTrigger>
      {secret.created ? (
        <DialogContent title="New operator token" description="Copy the new string now. It is shown only this once.">
          <TokenReveal
            name={secret.created.name}
            secret={secret.created.secret}
            confirmingClose={secret.confirmingClose}
            onCopied={secret.markCopied}
            onCancelClose={secret.cancelClose}
            onRequestClose={requestClose}
            onClose={close}
          />
        </DialogContent>
      ) : (
        <DialogContent
          role="alertdialog"
          title="Regenerate the operator token?"
          description="The current operator token stops working at once, wherever it is used. The recovery endpoint closes itself after this one use."
        >
          <form className={styles.form} onSubmit={submit}>
            <TextField
              label="Type _admin to confirm"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setTyped(event.target.value)}
            />
            {regenerate.error ? (
              <Alert tone="error" title="The operator token was not regenerated.">
                {describeError(regenerate.error)} If the recovery endpoint already served one regeneration, it has
                closed: restart the server with the recovery flag to use it again.
              </Alert>
            ) : null}
            <DialogActions>
              <Button onClick={requestClose} disabled={regenerate.isPending}>
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={typed !== '_admin' || regenerate.isPending}>
                {regenerate.isPending ? 'Regenerating…' : 'Regenerate'}
              </Button>
            </DialogActions>
          </form>
        </DialogContent>
      )}
    </Dialog>
  )
}
