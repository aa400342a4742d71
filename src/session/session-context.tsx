/** React access to the session and to a client bound to it. */
import { createContext, type ReactNode, use, useMemo, useSyncExternalStore } from 'react'

import type { Backend } from '../backends/port'
import type { ProductScreens } from '../backends/product-screens'
import type { ProductId } from '../backends/registry'
import { loadedProduct, loadProduct, type ProductModule } from '../backends/registry'
import type { AppConfig } from './app-config'
import type { Session, SessionStore } from './session-store'

const SessionContext = createContext<SessionStore | null>(null)
const ConfigContext = createContext<AppConfig | null>(null)

export function SessionProvider({ store, config, children }: { store: SessionStore; config: AppConfig; children: ReactNode }) {
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
 * The connected product's module. Its code may still be on its way (every product but the
 * default loads on demand): then this suspends until it arrives, like a lazy component.
 */
export function useProductModule(): ProductModule {
  const { product: configured } = useAppConfig()
  return useProductModuleOf(useSession()?.product ?? configured)
}

/** A given product's module (the connect screen's choice), suspending while it loads. */
export function useProductModuleOf(product: ProductId): ProductModule {
  return loadedProduct(product) ?? use(loadProduct(product))
}

/** The connected product's words and the slots its screens fill. */
export function useProductScreens(): ProductScreens {
  return useProductModule().screens
}

/**
 * The connected product behind the port, bound to the session store: it reads the server and
 * token at each request, so a token swap (after regenerating the operator token) applies to the
 * very next call. A new connection (another server, product or token) is a new backend with a
 * new `connectionKey`, so query keys never mix two connections' answers.
 */
export function useBackend(): Backend {
  const store = useSessionStore()
  const { timeoutMs } = useAppConfig()
  const session = useSession()
  const { createBackend } = useProductModule()
  const connectionKey = session?.connectionKey ?? 'disconnected'
  const scope = session?.scope
  return useMemo(
    () =>
      createBackend({
        baseUrl: () => store.get()?.baseUrl ?? '',
        token: () => store.get()?.token,
        connectionKey,
        scope,
        timeoutMs,
      }),
    [store, createBackend, connectionKey, scope, timeoutMs],
  )
}
