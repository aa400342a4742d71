/**
 * The token list's chunk, loaded when first needed: by the route, by `main.tsx` at start when a
 * session is restored, and by the connect page while the operator types (so connecting does not
 * wait for it). A repeated import is answered from the module cache.
 */
export const loadTokensPage = () => import('./tokens-page')
