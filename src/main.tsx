/**
 * Entry point. In a demo build (`VITE_DEMO=true`, see .env.demo) the mock InfluxDB 3 starts in
 * a service worker first and the console connects to it; the dynamic import keeps MSW and the
 * mock out of every other build entirely. Otherwise the console asks its own server how to
 * reach InfluxDB 3 (proxy or direct) and restores this tab's session, if any.
 */
import './app/global.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './app/app'
import { type AppConfig, demoConfig, loadAppConfig } from './session/app-config'
import { restoreSession, type Session, type SessionInput, type SessionStorages } from './session/session-store'

interface Start {
  config: AppConfig
  session: SessionInput | Session | null
  storages: SessionStorages | null
}

async function start(): Promise<Start> {
  if (import.meta.env.VITE_DEMO === 'true') {
    const { startDemoServer } = await import('./mocks/browser')
    const { operatorToken } = await startDemoServer(new URLSearchParams(window.location.search).get('scenario'))
    return {
      config: demoConfig(operatorToken),
      session: operatorToken ? { baseUrl: '', token: operatorToken, demo: true } : null,
      storages: null,
    }
  }
  const storages = { tab: window.sessionStorage, device: window.localStorage }
  const config = await loadAppConfig()
  const restored = restoreSession(storages)
  // In proxy mode the server is fixed; a session stored for another address does not apply.
  const session = restored && (config.mode !== 'proxy' || restored.baseUrl === '') ? restored : null
  return { config, session, storages }
}

const root = createRoot(document.getElementById('root')!)
start()
  .then(({ config, session, storages }) => {
    root.render(
      <StrictMode>
        <App config={config} initialSession={session} storages={storages} />
      </StrictMode>,
    )
  })
  .catch((error: unknown) => {
    console.error('The console failed to start', error)
    root.render(<p role="alert">The console failed to start. Reload the page to try again.</p>)
  })
