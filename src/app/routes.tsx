import type { ReactNode } from 'react'
import { Link, Navigate, useLocation, type RouteObject } from 'react-router-dom'
import { useSession } from '../session/session-context'
import { Layout } from './layout'
import { ConnectionPage } from './pages/connection-page'
import { DatabasesPage } from './pages/databases-page'
import { LostTokenPage } from './pages/lost-token-page'
import { TokensPage } from './pages/tokens-page'

/** Pages that talk to the server need a session; without one, connect first and come back. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession()
  const location = useLocation()
  if (!session) return <Navigate to="/connection" replace state={{ from: location.pathname + location.search }} />
  return children
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/tokens" replace /> },
      {
        path: 'tokens',
        element: (
          <RequireSession>
            <TokensPage />
          </RequireSession>
        ),
      },
      {
        path: 'databases',
        element: (
          <RequireSession>
            <DatabasesPage />
          </RequireSession>
        ),
      },
      { path: 'connection', element: <ConnectionPage /> },
      { path: 'connection/lost-operator-token', element: <LostTokenPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to="/tokens">Go to the tokens</Link>
      </p>
    </>
  )
}
