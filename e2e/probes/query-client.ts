/**
 * The app's TanStack QueryClient, for the query-cache probe. The app does not expose it (nor
 * should it), so this walks React's fiber tree from `#root` to the QueryClientProvider's
 * `client` prop. That walk relies on React internals — the `__reactContainer$…` key on the
 * root element and the fibers' `child`, `sibling` and `memoizedProps` — which are no public
 * API: see docs/decisions/011-e2e-query-cache-probe.md for why, and what to do when a React
 * upgrade breaks it (it throws then; it never passes by finding nothing).
 */
import type { JSHandle, Page } from '@playwright/test'

/** The parts of TanStack Query's QueryClient the probes use. */
export interface QueryClientLike {
  getQueryCache: () => { getAll: () => { queryKey: unknown; state: Record<string, unknown> }[] }
  getMutationCache: () => { getAll: () => { state: Record<string, unknown> }[] }
  setQueryData: (key: unknown[], data: unknown) => unknown
}

/**
 * The QueryClientProvider's `client` prop, which production builds keep too. Throws when it
 * cannot be found, so a probe that looks nowhere never passes.
 */
export async function queryClientHandle(page: Page): Promise<JSHandle<QueryClientLike>> {
  return page.evaluateHandle(() => {
    interface Fiber {
      child: Fiber | null
      sibling: Fiber | null
      memoizedProps: unknown
    }
    const isClient = (value: unknown): value is QueryClientLike =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Partial<QueryClientLike>).getQueryCache === 'function' &&
      typeof (value as Partial<QueryClientLike>).getMutationCache === 'function'

    const root = document.getElementById('root')
    const key = root && Object.keys(root).find((name) => name.startsWith('__reactContainer$'))
    if (!root || !key) throw new Error('query cache probe: #root is not a React root (no __reactContainer$ key)')
    const pending: (Fiber | null)[] = [(root as unknown as Record<string, Fiber>)[key] ?? null]
    while (pending.length > 0) {
      const fiber = pending.pop()
      if (!fiber) continue
      const props = fiber.memoizedProps as { client?: unknown } | null
      if (props && typeof props === 'object' && isClient(props.client)) return props.client
      pending.push(fiber.sibling, fiber.child)
    }
    throw new Error('query cache probe: no QueryClientProvider with a client under #root')
  })
}
