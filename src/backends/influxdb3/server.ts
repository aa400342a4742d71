/** Server identity and liveness (`/ping`, `/health`; InfluxData docs "Monitor InfluxDB 3"). */
import type { Product, ServerInfo } from '../domain'
import { decodeJson, type Http } from '../http/http'
import { pingWire } from './wire'
import { influxdb3Words } from './words'

interface Options {
  signal?: AbortSignal | undefined
}

/**
 * Product from `/ping`: the body's `product_name` (3.9+) is readable even cross-origin;
 * the `X-Influxdb-Build` header only same-origin or through a proxy.
 */
function detectProduct(productName: string | undefined, build: string | null): Product {
  const text = `${productName ?? ''} ${build ?? ''}`.toLowerCase()
  if (text.includes('enterprise')) return 'enterprise'
  if (text.includes('core')) return 'core'
  return 'unknown'
}

export async function ping(http: Http, { signal }: Options = {}): Promise<ServerInfo> {
  const spec = { method: 'GET', path: '/ping', signal } as const
  const response = await http.send(spec)
  const wire = decodeJson(response, spec, pingWire, influxdb3Words.name)
  return {
    product: detectProduct(wire.product_name, response.headers.get('x-influxdb-build')),
    productName: wire.product_name,
    version: wire.version,
    revision: wire.revision,
  }
}

/** `/health` answers the text `OK` when the server is healthy. */
export async function health(http: Http, { signal }: Options = {}): Promise<string> {
  const response = await http.send({ method: 'GET', path: '/health', signal })
  return response.body.trim()
}
