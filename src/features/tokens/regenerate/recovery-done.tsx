/**
 * The lost-token page once the recovery regenerated the operator token: it says so, connects
 * with the new string (still in this page's memory, nowhere else) on request, and says to restart
 * the server without the recovery flag.
 */
import { useNavigate } from 'react-router-dom'

import { useAppConfig } from '../../../session/session-context'
import { useConnect } from '../../../session/use-connection'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CommandBlock } from '../../../ui/command-disclosure'

export function RecoveryDone({ token, restartCommand }: { token: string; restartCommand: string }) {
  const config = useAppConfig()
  const connect = useConnect()
  const navigate = useNavigate()

  function connectNow() {
    connect({ product: config.product, scope: config.demoScope, baseUrl: '', token, demo: config.mode === 'demo' })
    void navigate('/tokens', { replace: true })
  }

  return (
    <>
      <h1>Operator token replaced</h1>
      <Alert tone="info" title="The old operator token no longer works, anywhere it was used.">
        The new one is in this page’s memory until you leave it: connect with it now, and make sure it is in your secret manager.
      </Alert>
      <p>
        <Button variant="primary" onClick={connectNow}>
          Connect with it now
        </Button>
      </p>
      <h2>
        Restart the server without <code>--admin-token-recovery-http-bind</code>
      </h2>
      <p>
        The recovery endpoint closed after this regeneration. Start the server as usual, without the recovery flag, so it does not
        open again at the next restart.
      </p>
      <CommandBlock label="Restart" text={restartCommand} />
    </>
  )
}
