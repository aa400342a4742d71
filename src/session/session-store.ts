/**
 * The connection the console works through: server base URL and the admin token.
 *
 * Where the token lives: in this module's memory, and in sessionStorage so it survives a reload
 * of this tab only. It is written to localStorage only when the user ticks "Remember on this
 * device". Disconnecting removes it from both. The demo keeps nothing (its token changes on
 * every load anyway).
 */
import type { ProductId } from '../backends/registry'
import { DEFAULT_PRODUCT, isProductId } from '../backends/registry'

export interface Session {
  /** Which product the server is: picks its adapter and screens from the registry. */
  product: ProductId
  /**
   * What a product needs besides the address: an org for InfluxDB 2, account and cluster ids
   * for Cloud Dedicated. Never a secret.
   */
  scope: Readonly<Record<string, string>>
  /**
   * Names this connection: query keys include it, so answers cached for one connection never
   * show under another. New on every connect (a token swap keeps it).
   */
  connectionKey: string
  /** '' for the console's own origin (demo server or same-origin proxy). */
  baseUrl: string
  token: string
  /** True when connected to the built-in demo server. */
  demo: boolean
  /** Set when the server stopped accepting the token mid-session; says why. */
  expired?: string
}

/** What a caller gives to start a session; the product defaults to InfluxDB 3. */
export type SessionInput = Omit<Session, 'product' | 'scope' | 'connectionKey'> & {
  product?: ProductId
  scope?: Readonly<Record<string, string>>
}

export interface SessionStorages {
  tab: Storage
  device: Storage
}

export interface SessionStore {
  get: () => Session | null
  subscribe: (listener: () => void) => () => void
  connect: (session: SessionInput, options?: { remember?: boolean }) => void
  /** Swaps the token and keeps the server, e.g. after regenerating the operator token. */
  replaceToken: (token: string) => void
  /** Same server and connection, a new token after the old one stopped working. */
  reconnect: (token: string, options?: { remember?: boolean }) => void
  /** Marks the session as no longer accepted by the server (401), keeping where it pointed. */
  expire: (reason: string) => void
  disconnect: () => void
  /** True when the token is also in localStorage. */
  remembered: () => boolean
}

const KEY = 'influxdb3-console.session'

interface Stored {
  product: ProductId
  scope: Record<string, string>
  baseUrl: string
  token: string
}

let connections = 0
/** A fresh key per connection in this page; never derived from the token. */
function nextConnectionKey(): string {
  connections += 1
  return `connection-${connections}`
}

function toSession(input: SessionInput): Session {
  return {
    product: input.product ?? DEFAULT_PRODUCT,
    scope: input.scope ?? {},
    connectionKey: nextConnectionKey(),
    baseUrl: input.baseUrl,
    token: input.token,
    demo: input.demo,
    ...(input.expired ? { expired: input.expired } : {}),
  }
}

function readScope(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {}
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

function read(storage: Storage | undefined): Stored | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null')
    if (value && typeof value === 'object' && 'token' in value && 'baseUrl' in value) {
      const { baseUrl, token, product, scope } = value as Record<string, unknown>
      if (typeof baseUrl === 'string' && typeof token === 'string' && token) {
        // Stored before products existed: an InfluxDB 3 server.
        return { product: isProductId(product) ? product : DEFAULT_PRODUCT, scope: readScope(scope), baseUrl, token }
      }
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
  return stored ? toSession({ ...stored, demo: false }) : null
}

export function createSessionStore(
  initial: SessionInput | Session | null = null,
  storages: SessionStorages | null = null,
): SessionStore {
  let current = initial === null ? null : 'connectionKey' in initial ? initial : toSession(initial)
  let remembered = storages ? read(storages.device) !== null : false
  const listeners = new Set<() => void>()

  const persist = () => {
    if (!storages || current?.demo) return
    const value: Stored | null = current
      ? { product: current.product, scope: { ...current.scope }, baseUrl: current.baseUrl, token: current.token }
      : null
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
      set(toSession({ ...session, expired: undefined }))
    },
    replaceToken(token) {
      if (current) set({ ...current, token, expired: undefined })
    },
    reconnect(token, options = {}) {
      if (!current) return
      remembered = options.remember ?? false
      set({ ...current, token, expired: undefined })
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
