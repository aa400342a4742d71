/**
 * Connecting and disconnecting, in one place: both drop every cached answer, so nothing read
 * through one connection can show under another (query keys carry the connection too). A
 * reconnect after the server stopped accepting the token keeps the page and refreshes it.
 */
import { useQueryClient } from '@tanstack/react-query'

import { useSessionStore } from './session-context'
import type { SessionInput } from './session-store'

export function useConnect() {
  const store = useSessionStore()
  const queryClient = useQueryClient()
  return (session: SessionInput, options: { remember?: boolean } = {}) => {
    queryClient.clear()
    store.connect(session, options)
  }
}

/** Same server, a new token: what the page shows stays, and is read again with the new token. */
export function useReconnect() {
  const store = useSessionStore()
  const queryClient = useQueryClient()
  return (token: string, options: { remember?: boolean } = {}) => {
    store.reconnect(token, options)
    void queryClient.invalidateQueries()
  }
}

export function useDisconnect() {
  const store = useSessionStore()
  const queryClient = useQueryClient()
  return () => {
    store.disconnect()
    queryClient.clear()
  }
}
