import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import type { AppConfig } from '../session/app-config'
import { SessionProvider } from '../session/session-context'
import type { SessionStore } from '../session/session-store'
import { Toaster } from '../ui/toaster'

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
