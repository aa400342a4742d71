/** Renders the real routes in memory, connected to the seeded mock, the way the app does. */
import { render } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { AppProviders } from '../app/providers'
import { createQueryClient } from '../app/query-client'
import { routes } from '../app/routes'
import { createSessionStore, type Session } from '../session/session-store'

export function renderApp({ path = '/', session }: { path?: string; session: Session | null }) {
  const store = createSessionStore(session)
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } })
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <AppProviders store={store} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...view, store, queryClient, router }
}
