/**
 * Entry point. In a demo build (`VITE_DEMO=true`, see .env.demo) a mock server starts in a
 * service worker first (InfluxDB 3, or the product `?scenario=` names) and the console connects
 * to it; the dynamic import keeps MSW and the mocks out of every other build entirely. Otherwise
 * the console asks its own server how to reach its product (proxy or direct) and restores this
 * tab's session, if any. Either way the session's product's code is loaded before the first render.
 */
import './app/global.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './app/app'
import { loadTokensPage } from './app/pages/load-tokens-page'
import { type AppConfig, demoConfig, loadAppConfig, preloadProduct } from './session/app-config'
import { restoreSession, type Session, type SessionInput, type SessionStorages } from './session/session-store'

interface Start {
  config: AppConfig
  session: SessionInput | Session | null
  storages: SessionStorages | null
}

async function start(): Promise<Start> {
  if (import.meta.env.VITE_DEMO === 'true') {
    // Every demo scenario but `empty` opens on the token list: its code loads while the mock starts.
    const tokensPage = loadTokensPage()
    const { startDemoServer } = await import('./mocks/browser')
    const { operatorToken, product, scope } = await startDemoServer(new URLSearchParams(window.location.search).get('scenario'))
    await Promise.all([preloadProduct(product), tokensPage])
    return {
      config: demoConfig(operatorToken, product, scope),
      session: operatorToken ? { product, scope, baseUrl: '', token: operatorToken, demo: true } : null,
      storages: null,
    }
  }
  const storages = { tab: window.sessionStorage, device: window.localStorage }
  const config = await loadAppConfig()
  const restored = restoreSession(storages)
  // In proxy mode the server is fixed; a session stored for another address does not apply.
  const session = restored && (config.mode !== 'proxy' || restored.baseUrl === '') ? restored : null
  await Promise.all([preloadProduct(session?.product ?? config.product), session ? loadTokensPage() : null])
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
