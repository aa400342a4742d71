import { lazy, type ReactNode, Suspense } from 'react'
import { Link, Navigate, type RouteObject, useLocation } from 'react-router-dom'

import { useSession } from '../session/session-context'
import { Loading } from '../ui/loading'
import { Layout } from './layout'
import { loadedTokensPage, loadTokensPage } from './pages/load-tokens-page'

/** Pages that talk to the server need a session; without one, connect first and come back. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession()
  const location = useLocation()
  if (!session) return <Navigate to="/connection" replace state={{ from: location.pathname + location.search }} />
  return children
}

// A component, not a lazy route: the layout (navigation, server status) renders at once and the
// list arrives inside it, and a link to /tokens changes the address at once, as before.
const LazyTokensPage = lazy(async () => ({ default: (await loadTokensPage()).TokensPage }))

/** Preloaded (a restored session, the connect page), the list renders without a fallback. */
function TokensPage() {
  const Page = loadedTokensPage()?.TokensPage ?? LazyTokensPage
  return <Page />
}

// Every page is loaded when first visited, to keep the first view's JavaScript small
// (docs/performance.md). Without a session the first view is the connect page, which fetches
// the token list's chunk while the operator types; with one, `main.tsx` loads it at start.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // Shown while a lazily loaded page arrives on the very first render.
    hydrateFallbackElement: <Loading label="Loading the console…" />,
    children: [
      { index: true, element: <Navigate to="/tokens" replace /> },
      {
        path: 'tokens',
        element: (
          <RequireSession>
            <Suspense fallback={<Loading label="Loading the tokens…" />}>
              <TokensPage />
            </Suspense>
          </RequireSession>
        ),
      },
      {
        path: 'databases',
        lazy: async () => {
          const { DatabasesPage } = await import('./pages/databases-page')
          return {
            element: (
              <RequireSession>
                <DatabasesPage />
              </RequireSession>
            ),
          }
        },
      },
      {
        path: 'leak-check',
        lazy: async () => {
          const { LeakCheckPage } = await import('./pages/leak-check-page')
          return {
            element: (
              <RequireSession>
                <LeakCheckPage />
              </RequireSession>
            ),
          }
        },
      },
      {
        path: 'connection',
        lazy: async () => ({ Component: (await import('./pages/connection-page')).ConnectionPage }),
      },
      {
        path: 'connection/lost-operator-token',
        lazy: async () => ({ Component: (await import('./pages/lost-token-page')).LostTokenPage }),
      },
      {
        // A product's admin-token guide (`/clustered/admin-token`): no session needed.
        path: ':product/admin-token',
        lazy: async () => {
          const { AdminTokenPage, adminTokenLoader } = await import('./pages/admin-token-page')
          return { loader: adminTokenLoader, Component: AdminTokenPage }
        },
      },
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
