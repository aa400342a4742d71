/**
 * How this console reaches InfluxDB 3, as its own server describes it in
 * `/console-config.json`: through a same-origin proxy to one server, or directly from the
 * browser to servers the user names. The demo build needs no config: its server is built in.
 */
import * as z from 'zod/mini'

import type { ConsoleMode } from '../backends/port'
import type { ProductId } from '../backends/registry'
import { DEFAULT_PRODUCT, isProductId, loadProduct } from '../backends/registry'

export type { ConsoleMode }

export interface AppConfig {
  mode: ConsoleMode
  /** The product this console's server proxies to (and the demo server imitates). */
  product: ProductId
  /** The proxied server's URL, shown to the user (proxy mode only). */
  server: string | null
  /** Whether the operator-token recovery endpoint is reachable through the proxy. */
  recovery: boolean
  /** The demo server's operator token, to reconnect after a disconnect (demo mode only). */
  demoToken: string | null
  /** The demo session's scope (an org, account and cluster ids), to reconnect with it (demo mode only). */
  demoScope?: Readonly<Record<string, string>> | undefined
  /**
   * Milliseconds before a request to InfluxDB 3 is abandoned as a timeout; the client's default
   * when omitted. Not read from `/console-config.json`: it exists so tests can meet a timeout
   * without waiting 15 seconds.
   */
  timeoutMs?: number
}

const configWire = z.object({
  mode: z.enum(['proxy', 'direct']),
  // Absent from configs written before products existed: InfluxDB 3.
  product: z.optional(z.string()),
  server: z.nullable(z.string()),
  recovery: z.boolean(),
})

export const DIRECT_CONFIG: AppConfig = {
  mode: 'direct',
  product: DEFAULT_PRODUCT,
  server: null,
  recovery: false,
  demoToken: null,
}

/** The demo build's config: its server is the mock in this tab (InfluxDB 3 unless `?scenario=` names another product). */
export function demoConfig(
  operatorToken: string | null,
  product: ProductId = DEFAULT_PRODUCT,
  scope: Readonly<Record<string, string>> = {},
): AppConfig {
  return { mode: 'demo', product, server: null, recovery: false, demoToken: operatorToken, demoScope: scope }
}

/**
 * Loads the product's code before the first render, so no screen waits for it (every product
 * but the default loads on demand). A failed download is not fatal here: the screens ask again.
 */
export async function preloadProduct(product: ProductId): Promise<void> {
  await loadProduct(product).catch(() => undefined)
}

/** Reads `/console-config.json`; without one (a plain static host), the console runs in direct mode. */
export async function loadAppConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  try {
    const response = await fetchImpl('/console-config.json', { headers: { Accept: 'application/json' } })
    if (!response.ok) return DIRECT_CONFIG
    const parsed = configWire.safeParse(await response.json())
    if (!parsed.success) return DIRECT_CONFIG
    const { product, ...rest } = parsed.data
    if (product !== undefined && !isProductId(product)) return DIRECT_CONFIG
    return { ...rest, product: product ?? DEFAULT_PRODUCT, demoToken: null }
  } catch {
    return DIRECT_CONFIG
  }
}
