import { useState } from 'react'
import { RouterProvider, createBrowserRouter } from 'react-router-dom'
import { createSessionStore, type Session } from '../session/session-store'
import { AppProviders } from './providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

/** The console: one session store, one query client, one router for the page's lifetime. */
export function App({ initialSession }: { initialSession: Session | null }) {
  const [store] = useState(() => createSessionStore(initialSession))
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createBrowserRouter(routes))
  return (
    <AppProviders store={store} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
