import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { SessionProvider } from '../session/session-context'
import { Toaster } from '../ui/toaster'
import type { SessionStore } from '../session/session-store'

export function AppProviders({
  store,
  queryClient,
  children,
}: {
  store: SessionStore
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <SessionProvider store={store}>
      <QueryClientProvider client={queryClient}>
        <Toaster>{children}</Toaster>
      </QueryClientProvider>
    </SessionProvider>
  )
}
