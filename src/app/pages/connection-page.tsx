import { lazy, Suspense, useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'

import { productLabel } from '../../backends/registry'
import { type Connected, ConnectForm } from '../../features/connection/connect-form'
import { SavedServersPanel, useSavedServers } from '../../features/connection/saved-servers-panel'
import { ServerIdentity } from '../../features/connection/server-identity'
import { useAppConfig, useSession, useSessionStore } from '../../session/session-context'
import { useConnect, useDisconnect } from '../../session/use-connection'
import { Button } from '../../ui/button'
import { useToast } from '../../ui/toaster'
import { loadTokensPage } from './load-tokens-page'
import styles from './page.module.css'

// Its own chunk: it shares the reveal with the token list, and must not pull that into the first page.
const OperatorBootstrap = lazy(async () => ({
  default: (await import('../../features/tokens/bootstrap/operator-bootstrap')).OperatorBootstrap,
}))

export function ConnectionPage() {
  const config = useAppConfig()
  const session = useSession()
  const store = useSessionStore()
  const connect = useConnect()
  const disconnectSession = useDisconnect()
  const navigate = useNavigate()
  const location = useLocation()
  const toast = useToast()
  const saved = useSavedServers()
  const [pickedUrl, setPickedUrl] = useState<string | null>(null)
  const from = (location.state as { from?: string } | null)?.from ?? '/tokens'
  useEffect(() => {
    void loadTokensPage().catch(() => undefined)
  }, [])

  function connected({ product, scope, baseUrl, token, remember, info }: Connected) {
    connect({ product, scope, baseUrl, token, demo: config.mode === 'demo' }, { remember })
    toast(`Connected to ${info.productName ?? productLabel(product)} ${info.version}.`)
    void navigate(from, { replace: true })
  }

  function reconnectDemo(token: string) {
    connect({ product: config.product, scope: config.demoScope, baseUrl: '', token, demo: true })
    void navigate(from, { replace: true })
  }

  function disconnect() {
    disconnectSession()
    toast('Disconnected. The token was removed from this browser.')
  }

  const where =
    config.mode === 'demo'
      ? 'the built-in demo server'
      : config.mode === 'proxy'
        ? `${config.server ?? 'the server'} (through this console’s proxy)`
        : (session?.baseUrl ?? '')

  return (
    <>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>Connection</h1>
          <p className={styles.lead}>
            The {productLabel(config.product)} server this console manages, and the admin token it uses.
          </p>
        </div>
      </div>
      {session && !session.expired ? (
        <section aria-label="Current connection" className={styles.stack}>
          <p>
            Connected to <strong>{where}</strong>: <ServerIdentity />
          </p>
          <p>
            {session.demo
              ? 'The demo token lives only in this tab.'
              : store.remembered()
                ? 'The token is remembered on this device (local storage) until you disconnect.'
                : 'The token is kept in this tab only and is forgotten when the tab closes.'}
          </p>
          <div>
            <Button onClick={disconnect}>Disconnect</Button>
          </div>
        </section>
      ) : (
        <>
          {config.mode === 'demo' && config.demoToken ? (
            <p className={styles.lead}>
              The demo server is still running in this tab.{' '}
              <Button onClick={() => reconnectDemo(config.demoToken ?? '')}>Reconnect to the demo server</Button>
            </p>
          ) : null}
          <ConnectForm
            key={pickedUrl ?? ''}
            config={config}
            initialUrl={pickedUrl ?? session?.baseUrl ?? ''}
            onConnected={connected}
            offer={(target) => (
              <Suspense fallback={null}>
                <OperatorBootstrap {...target} />
              </Suspense>
            )}
          />
        </>
      )}
      {config.mode === 'direct' ? (
        <SavedServersPanel
          saved={saved}
          currentUrl={session && !session.expired ? session.baseUrl : null}
          onPick={(server) => {
            if (session) disconnect()
            setPickedUrl(server.url)
          }}
        />
      ) : null}
    </>
  )
}
