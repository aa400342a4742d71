/**
 * The connection the console works through: server base URL and the admin token.
 *
 * Where the token lives: in this module's memory, and in sessionStorage so it survives a reload
 * of this tab only. It is written to localStorage only when the user ticks "Remember on this
 * device". Disconnecting removes it from both. The demo keeps nothing (its token changes on
 * every load anyway).
 */

export interface Session {
  /** '' for the console's own origin (demo server or same-origin proxy). */
  baseUrl: string
  token: string
  /** True when connected to the built-in demo server. */
  demo: boolean
  /** Set when the server stopped accepting the token mid-session; says why. */
  expired?: string
}

export interface SessionStorages {
  tab: Storage
  device: Storage
}

export interface SessionStore {
  get: () => Session | null
  subscribe: (listener: () => void) => () => void
  connect: (session: Session, options?: { remember?: boolean }) => void
  /** Swaps the token and keeps the server, e.g. after regenerating the operator token. */
  replaceToken: (token: string) => void
  /** Marks the session as no longer accepted by the server (401), keeping where it pointed. */
  expire: (reason: string) => void
  disconnect: () => void
  /** True when the token is also in localStorage. */
  remembered: () => boolean
}

const KEY = 'influxdb3-console.session'

interface Stored {
  baseUrl: string
  token: string
}

function read(storage: Storage | undefined): Stored | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null')
    if (value && typeof value === 'object' && 'token' in value && 'baseUrl' in value) {
      const { baseUrl, token } = value as Record<string, unknown>
      if (typeof baseUrl === 'string' && typeof token === 'string' && token) return { baseUrl, token }
    }
  } catch {
    // Unreadable or blocked storage: start without a session.
  }
  return null
}

function write(storage: Storage | undefined, value: Stored | null) {
  try {
    if (value) storage?.setItem(KEY, JSON.stringify(value))
    else storage?.removeItem(KEY)
  } catch {
    // Storage full or blocked (private mode): the session still works for this page.
  }
}

/** The session a previous page load of this tab (or a remembered one) left, if any. */
export function restoreSession(storages: SessionStorages): Session | null {
  const stored = read(storages.tab) ?? read(storages.device)
  return stored ? { ...stored, demo: false } : null
}

export function createSessionStore(initial: Session | null = null, storages: SessionStorages | null = null): SessionStore {
  let current = initial
  let remembered = storages ? read(storages.device) !== null : false
  const listeners = new Set<() => void>()

  const persist = () => {
    if (!storages || current?.demo) return
    const value = current ? { baseUrl: current.baseUrl, token: current.token } : null
    write(storages.tab, value)
    write(storages.device, remembered ? value : null)
  }
  const set = (next: Session | null) => {
    current = next
    persist()
    for (const listener of listeners) listener()
  }

  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    connect(session, options = {}) {
      remembered = options.remember ?? false
      set({ baseUrl: session.baseUrl, token: session.token, demo: session.demo })
    },
    replaceToken(token) {
      if (current) set({ ...current, token, expired: undefined })
    },
    expire(reason) {
      if (current && !current.expired) set({ ...current, expired: reason })
    },
    disconnect() {
      remembered = false
      set(null)
    },
    remembered: () => remembered,
  }
}
