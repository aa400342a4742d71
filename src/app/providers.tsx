import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { SessionProvider } from '../session/session-context'
import { Toaster } from '../ui/toaster'
import type { AppConfig } from '../session/app-config'
import type { SessionStore } from '../session/session-store'

export function AppProviders({
  store,
  config,
  queryClient,
  children,
}: {
  store: SessionStore
  config: AppConfig
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <SessionProvider store={store} config={config}>
      <QueryClientProvider client={queryClient}>
        <Toaster>{children}</Toaster>
      </QueryClientProvider>
    </SessionProvider>
  )
}
