/**
 * "New server with no tokens yet?": creates the operator token of a fresh server from the connect
 * screen (the server allows it once, without a token), reveals it once, and hands it to
 * `onToken` to connect with. Only for a product whose backend can (`operator.bootstrap`).
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'

import type { ProductId } from '../../../backends/registry'
import { useOperatorBootstrap } from '../../../queries/bootstrap-queries'
import { useAppConfig } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { Dialog, DialogActions, DialogContent } from '../../../ui/dialog'
import { NewOperatorTokenContent } from '../regenerate/regenerate-steps'
import { preloadReveal } from '../reveal/lazy-reveal'
import { LeaveGuard } from '../reveal/leave-guard'
import { useOneTimeSecret } from '../reveal/use-one-time-secret'
import { bootstrapProblem } from './bootstrap-problem'
import styles from './operator-bootstrap.module.css'

export interface BootstrapTarget {
  product: ProductId
  /** The server's address as typed, or null while it is not a valid one. */
  baseUrl: string | null
  /** Connect with the new token (the string stays in memory only). */
  onToken: (token: string) => void
}

export function OperatorBootstrap({ product, baseUrl, onToken }: BootstrapTarget) {
  const { mode } = useAppConfig()
  const [open, setOpen] = useState(false)
  const secret = useOneTimeSecret()
  const bootstrap = useOperatorBootstrap({ product, onSecret: (created) => secret.reveal(created) })
  if (!bootstrap.available) return null

  function close() {
    const token = secret.created?.secret
    secret.clear()
    bootstrap.reset()
    setOpen(false)
    if (token) onToken(token)
  }
  function requestClose() {
    if (bootstrap.isPending) return
    if (secret.mayClose()) close()
  }
  const problem = bootstrap.error ? bootstrapProblem(bootstrap.error, mode, baseUrl ?? '') : null

  return (
    <section aria-label="New server" className={styles.offer}>
      <p>
        New server with no tokens yet?{' '}
        <Button
          disabled={baseUrl === null}
          onClick={() => {
            preloadReveal()
            setOpen(true)
          }}
        >
          Create the operator token
        </Button>
      </p>
      {baseUrl === null ? <p className={styles.hint}>Enter the server’s address first.</p> : null}
      <LeaveGuard pending={bootstrap.isPending && !secret.created} unsaved={secret.unsaved} onLeave={close} />
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : requestClose())}>
        {secret.created ? (
          <NewOperatorTokenContent done="created" secret={secret} onRequestClose={requestClose} onClose={close} />
        ) : (
          <DialogContent
            title="Create the operator token"
            description="A new server lets anyone create its first token, once, without a token. It has full access and never expires. It is shown once; then the console connects with it."
          >
            {problem ? (
              <Alert tone="error" title={problem.title}>
                {problem.detail}{' '}
                {problem.exists ? <Link to="/connection/lost-operator-token">Lost the operator token?</Link> : null}
              </Alert>
            ) : null}
            <DialogActions>
              <Button onClick={requestClose} disabled={bootstrap.isPending}>
                Cancel
              </Button>
              {problem?.exists ? null : (
                <Button
                  variant="primary"
                  disabled={bootstrap.isPending || baseUrl === null}
                  aria-busy={bootstrap.isPending || undefined}
                  onClick={() => baseUrl !== null && bootstrap.mutate(baseUrl)}
                >
                  {bootstrap.isPending ? 'Creating…' : problem ? 'Retry' : 'Create the operator token'}
                </Button>
              )}
            </DialogActions>
          </DialogContent>
        )}
      </Dialog>
    </section>
  )
}
