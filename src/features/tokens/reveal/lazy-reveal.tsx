/**
 * The one-time reveal, loaded apart from the token list: it shows only after a create or a
 * regenerate. Its code is asked for as soon as the form (or the regenerate question) opens, so
 * it is there by the time the server answers; until then the secret waits in memory, in the
 * dialog's `useOneTimeSecret`, not in this component.
 */
import { lazy } from 'react'

const load = () => import('./token-reveal')

export const LazyRevealStep = lazy(async () => ({ default: (await load()).RevealStep }))

/** Starts loading the reveal's code; call when a step that ends in a reveal opens. */
export function preloadReveal(): void {
  void load()
}
