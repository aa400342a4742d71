/**
 * MSW glue: every request for a product's API, on any origin, goes to that product's mock; the
 * app's own pages and assets are left alone. A runtime (Vitest, the demo's service worker) holds
 * one mock per product it serves.
 */
import { http, type HttpHandler } from 'msw'

import type { ProductId } from '../backends/registry'

/** What the glue needs of a product's mock: fetch-native, one Request in, one Response out. */
export interface MockServer {
  handle(request: Request): Promise<Response>
}

export type Mocks = Partial<Record<ProductId, MockServer>>

/**
 * Which product's mock answers a path (without query): the first row that matches *and whose
 * product's mock the runtime holds*; a row whose mock is absent falls through to the next.
 * - InfluxDB 2 / Cloud (`influxdb2`) claims `/api/v2/*` but `/api/v2/write` and `/api/v2/query`,
 *   and `/ping` and `/health`, which it shares with InfluxDB 3.
 * - InfluxDB 3 also serves the v1 and v2 write and query compatibility paths, so it takes every
 *   `/api/…` path the rows before it did not claim.
 * The rule for runtimes: the demo and the standalone server hold one product's mock; Vitest holds
 * InfluxDB 3's always and InfluxDB 2's only from a test's `resetInfluxdb2Mock()` until the next
 * reset, so `/ping`, `/health` and the v2 management paths reach InfluxDB 3 in every other test.
 */
export const MOCK_ROUTES: readonly { product: ProductId; path: RegExp }[] = [
  // The management API of Cloud Dedicated and Clustered: a runtime holds at most one of the two.
  { product: 'cloud-dedicated', path: /^\/api\/v0\/.*$/ },
  { product: 'clustered', path: /^\/api\/v0\/.*$/ },
  { product: 'influxdb2', path: /^\/(?:api\/v2\/(?!(?:write|query)$).+|ping|health)$/ },
  { product: 'influxdb3', path: /^\/(?:api\/.*|ping|health|metrics|ready)$/ },
]

/** A route's path on any origin, matched against the URL without its query. */
function onAnyOrigin(path: RegExp): RegExp {
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${path.source.replace(/^\^/, '')}`, 'i')
}

export function createHandlers(getMocks: () => Mocks): HttpHandler[] {
  // A route whose product has no mock in this runtime falls through to the next one.
  return MOCK_ROUTES.map((route) =>
    http.all(onAnyOrigin(route.path), ({ request }) => getMocks()[route.product]?.handle(request)),
  )
}
