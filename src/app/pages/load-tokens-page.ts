/**
 * The token list's chunk, loaded when first needed: by the route, by `main.tsx` at start when a
 * session is restored, and by the connect page while the operator types (so connecting does not
 * wait for it). A repeated import is answered from the module cache.
 */
import type { TokensPage } from './tokens-page'

interface TokensPageModule {
  TokensPage: typeof TokensPage
}

let loaded: TokensPageModule | undefined

export const loadTokensPage = () =>
  import('./tokens-page').then((module) => {
    loaded = module
    return module
  })

/** The module once it has arrived: then the route renders it without suspending. */
export const loadedTokensPage = (): TokensPageModule | undefined => loaded
