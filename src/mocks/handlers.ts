/**
 * MSW glue: every request for a product's API, on any origin, goes to that product's mock; the
 * app's own pages and assets are left alone. A runtime (Vitest, the demo's service worker) holds
 * one mock per product it serves.
 */
import { type HttpHandler, http } from 'msw'
import type { ProductId } from '../backends/port'

/** What the glue needs of a product's mock: fetch-native, one Request in, one Response out. */
export interface MockServer {
  handle(request: Request): Promise<Response>
}

export type Mocks = Partial<Record<ProductId, MockServer>>

/**
 * Which product's mock answers a path (without query), first match wins. InfluxDB 3 also serves
 * the v1 and v2 write and query compatibility paths, so it takes every `/api/…` path the rows
 * before it did not claim; a product with its own API family adds its row above it.
 */
export const MOCK_ROUTES: readonly { product: ProductId; path: RegExp }[] = [
  // The management API of Cloud Dedicated and Clustered: a runtime holds at most one of the two.
  { product: 'cloud-dedicated', path: /^\/api\/v0\/.*$/ },
  { product: 'clustered', path: /^\/api\/v0\/.*$/ },
  { product: 'influxdb3', path: /^\/(?:api\/.*|ping|health|metrics|ready)$/ },
]

/** A route's path on any origin, matched against the URL without its query. */
function onAnyOrigin(path: RegExp): RegExp {
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${path.source.replace(/^\^/, '')}`, 'i')
}

export function createHandlers(getMocks: () => Mocks): HttpHandler[] {
  // A route whose product has no mock in this runtime falls through to the next one.
  return MOCK_ROUTES.map((route) => http.all(onAnyOrigin(route.path), ({ request }) => getMocks()[route.product]?.handle(request)))
}
