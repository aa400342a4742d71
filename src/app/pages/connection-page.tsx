import { useQueryClient } from '@tanstack/react-query'
import { useLocation, useNavigate } from 'react-router-dom'
import { ConnectForm } from '../../features/connection/connect-form'
import { ServerIdentity } from '../../features/connection/server-identity'
import { useSession, useSessionStore } from '../../session/session-context'
import type { Session } from '../../session/session-store'
import { Button } from '../../ui/button'
import styles from './page.module.css'

export function ConnectionPage() {
  const session = useSession()
  const store = useSessionStore()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const from = (location.state as { from?: string } | null)?.from ?? '/tokens'

  function connected(next: Session) {
    queryClient.clear()
    store.connect(next)
    void navigate(from, { replace: true })
  }

  function disconnect() {
    store.disconnect()
    queryClient.clear()
  }

  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>Connection</h1>
          <p className={styles.lead}>The InfluxDB 3 server this console manages, and the admin token it uses.</p>
        </div>
      </div>
      {session ? (
        <section aria-label="Current connection">
          <p>
            Connected to {session.demo ? 'the built-in demo server' : session.baseUrl || 'this console’s own server'}:{' '}
            <ServerIdentity />
          </p>
          <Button onClick={disconnect}>Disconnect</Button>
        </section>
      ) : (
        <ConnectForm onConnected={connected} />
      )}
    </>
  )
}
