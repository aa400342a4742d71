/** Renders the real routes in memory, connected to the seeded mock, the way the app does. */
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'

import { SESSION_EXPIRED_MESSAGE } from '../app/app'
import { loadTokensPage } from '../app/pages/load-tokens-page'
import { AppProviders } from '../app/providers'
import { createQueryClient } from '../app/query-client'
import { routes } from '../app/routes'
import type { AppConfig } from '../session/app-config'
import { createSessionStore, type SessionInput, type SessionStorages } from '../session/session-store'
import { operatorToken } from './seeded-mock'

// The token list loads its rows beside the first read (token-list.tsx); a test waits for that
// module once here, as the app's users wait for it over the network, not inside each test.
await Promise.all([
  import('../features/tokens/list/token-list-body'),
  import('../features/tokens/bulk/bulk-tools'),
  loadTokensPage(),
])

export const DEMO_CONFIG: AppConfig = { mode: 'demo', product: 'influxdb3', server: null, recovery: false, demoToken: null }

/** A session on the demo server with this token. */
export function demoSession(token: string): SessionInput {
  return { baseUrl: '', token, demo: true }
}

/**
 * Without `session`, connects as the operator of the mock the setup seeded; `session: null`
 * starts disconnected. Reads are not retried, so a failure shows at once.
 */
export function renderApp({
  path = '/',
  session,
  config = DEMO_CONFIG,
  storages = null,
}: {
  path?: string
  session?: SessionInput | null
  config?: AppConfig
  storages?: SessionStorages | null
} = {}) {
  const store = createSessionStore(session === undefined ? demoSession(operatorToken()) : session, storages)
  const queryClient = createQueryClient({ onUnauthorized: () => store.expire(SESSION_EXPIRED_MESSAGE), retry: false })
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <AppProviders store={store} config={config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...view, store, queryClient, router }
}
