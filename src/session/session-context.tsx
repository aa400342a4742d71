/** React access to the session and to a client bound to it. */
import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { createInfluxClient, type InfluxClient } from '../api/client'
import type { AppConfig } from './app-config'
import type { Session, SessionStore } from './session-store'

const SessionContext = createContext<SessionStore | null>(null)
const ConfigContext = createContext<AppConfig | null>(null)

export function SessionProvider({
  store,
  config,
  children,
}: {
  store: SessionStore
  config: AppConfig
  children: ReactNode
}) {
  return (
    <ConfigContext value={config}>
      <SessionContext value={store}>{children}</SessionContext>
    </ConfigContext>
  )
}

export function useAppConfig(): AppConfig {
  const config = use(ConfigContext)
  if (!config) throw new Error('useAppConfig must be used inside <SessionProvider>')
  return config
}

export function useSessionStore(): SessionStore {
  const store = use(SessionContext)
  if (!store) throw new Error('useSessionStore must be used inside <SessionProvider>')
  return store
}

export function useSession(): Session | null {
  const store = useSessionStore()
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

/**
 * A client bound to the session store: it reads the server and token at each request, so a
 * token swap (after regenerating the operator token) applies to the very next call.
 */
export function useClient(): InfluxClient {
  const store = useSessionStore()
  const { timeoutMs } = useAppConfig()
  return useMemo(
    () =>
      createInfluxClient({ baseUrl: () => store.get()?.baseUrl ?? '', token: () => store.get()?.token, timeoutMs }),
    [store, timeoutMs],
  )
}
