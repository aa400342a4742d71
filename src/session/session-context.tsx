/** React access to the session and to a client bound to it. */
import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { createInfluxClient, type InfluxClient } from '../api/client'
import type { Session, SessionStore } from './session-store'

const SessionContext = createContext<SessionStore | null>(null)

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext value={store}>{children}</SessionContext>
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

/** A client for the current session. Only call it below a guard that ensures a session. */
export function useClient(): InfluxClient {
  const session = useSession()
  const baseUrl = session?.baseUrl ?? ''
  const token = session?.token ?? null
  return useMemo(() => createInfluxClient({ baseUrl, token }), [baseUrl, token])
}
