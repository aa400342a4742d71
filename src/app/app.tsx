import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'

import type { AppConfig } from '../session/app-config'
import { createSessionStore, type Session, type SessionInput, type SessionStorages } from '../session/session-store'
import { AppProviders } from './providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

export const SESSION_EXPIRED_MESSAGE =
  'The server stopped accepting this console’s token: it expired, was deleted, or was regenerated elsewhere.'

/** The console: one session store, one query client, one router for the page's lifetime. */
export function App({
  config,
  initialSession,
  storages,
}: {
  config: AppConfig
  initialSession: SessionInput | Session | null
  storages: SessionStorages | null
}) {
  const [store] = useState(() => createSessionStore(initialSession, storages))
  const [queryClient] = useState(() => createQueryClient({ onUnauthorized: () => store.expire(SESSION_EXPIRED_MESSAGE) }))
  const [router] = useState(() => createBrowserRouter(routes))
  return (
    <AppProviders store={store} config={config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
