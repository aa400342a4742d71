/**
 * The connection the console works through: server base URL and the admin token. The token
 * lives in memory only (this module's closure); nothing here writes to browser storage.
 */

export interface Session {
  /** '' for the console's own origin (demo server or same-origin proxy). */
  baseUrl: string
  token: string
  /** True when connected to the built-in demo server. */
  demo: boolean
}

export interface SessionStore {
  get: () => Session | null
  subscribe: (listener: () => void) => () => void
  connect: (session: Session) => void
  /** Swaps the token and keeps the server, e.g. after regenerating the operator token. */
  replaceToken: (token: string) => void
  disconnect: () => void
}

export function createSessionStore(initial: Session | null = null): SessionStore {
  let current = initial
  const listeners = new Set<() => void>()
  const set = (next: Session | null) => {
    current = next
    for (const listener of listeners) listener()
  }
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    connect: (session) => set(session),
    replaceToken(token) {
      if (current) set({ ...current, token })
    },
    disconnect: () => set(null),
  }
}
