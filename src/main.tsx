/**
 * Entry point. In a demo build (`VITE_DEMO=true`, see .env.demo) the mock InfluxDB 3 starts in
 * a service worker first and the console connects to it; the dynamic import keeps MSW and the
 * mock out of every other build entirely.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/global.css'
import type { Session } from './session/session-store'

const SCENARIOS = ['demo', 'core', 'empty', 'large'] as const
type DemoScenario = (typeof SCENARIOS)[number]

function scenarioFromUrl(): DemoScenario {
  const requested = new URLSearchParams(window.location.search).get('scenario')
  return SCENARIOS.find((s) => s === requested) ?? 'demo'
}

async function startDemo(): Promise<Session | null> {
  if (import.meta.env.VITE_DEMO !== 'true') return null
  const { startDemoServer } = await import('./mocks/browser')
  const { operatorToken } = await startDemoServer(scenarioFromUrl())
  return operatorToken ? { baseUrl: '', token: operatorToken, demo: true } : null
}

const root = createRoot(document.getElementById('root')!)
startDemo()
  .then((session) => {
    root.render(
      <StrictMode>
        <App initialSession={session} />
      </StrictMode>,
    )
  })
  .catch((error: unknown) => {
    console.error('The demo server failed to start', error)
    root.render(<p role="alert">The built-in demo server failed to start. Reload the page to try again.</p>)
  })
