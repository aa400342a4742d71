/**
 * Where the management API lives on each product, and the Clustered fallback.
 *
 * - Cloud Dedicated: `https://console.influxdata.com/api/v0/accounts/{accountId}/clusters/{clusterId}/…`
 *   (its OpenAPI spec's server and paths).
 * - Clustered: `https://<cluster-host>/api/v0/…` without the account and cluster segments
 *   (its OpenAPI spec, since release 20250508-1719206). InfluxData's own MCP server
 *   (`@influxdata/influxdb3-mcp-server`) instead calls the Dedicated-shaped path on the cluster
 *   host with the placeholder ids below. Which one a given cluster serves is unverified, so the
 *   console asks the documented path first and, on a 404, the Dedicated-shaped one, and
 *   remembers per server the one that answered.
 */
import { isApiError } from '../http/errors'
import type { Http, RawResponse, RequestSpec } from '../http/http'

/** The ids InfluxData's MCP server sends to a Clustered host (its `build/config.js`). */
export const PLACEHOLDER_ID = '11111111-1111-1111-1111-111111111111'

export const API_PREFIX = '/api/v0'

export type Layout =
  { product: 'cloud-dedicated'; accountId: string | undefined; clusterId: string | undefined } | { product: 'clustered' }

/** Which of the two Clustered path shapes a server answered on. */
export type ClusteredPaths = 'documented' | 'dedicated-shaped'

export function dedicatedPrefix(accountId: string, clusterId: string): string {
  return `${API_PREFIX}/accounts/${encodeURIComponent(accountId)}/clusters/${encodeURIComponent(clusterId)}`
}

function clusteredPrefix(paths: ClusteredPaths): string {
  return paths === 'documented' ? API_PREFIX : dedicatedPrefix(PLACEHOLDER_ID, PLACEHOLDER_ID)
}

/** Per base URL, the Clustered path shape that answered. Module-wide: it outlives a connection. */
const REMEMBERED = new Map<string, ClusteredPaths>()

/** Forgets every server's path shape: a test that stands up a different cluster at the same address starts afresh. */
export function forgetClusteredPaths(): void {
  REMEMBERED.clear()
}

export interface Router {
  /** Sends `spec` with its path (`/tokens`, `/databases/x`) below the product's prefix. */
  send(spec: RequestSpec): Promise<{ response: RawResponse; spec: RequestSpec }>
}

function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.is(404)
}

export function createRouter(
  http: Http,
  layout: () => Layout,
  baseUrl: () => string,
  remembered: Map<string, ClusteredPaths> = REMEMBERED,
): Router {
  async function sendAt(prefix: string, spec: RequestSpec) {
    const full = { ...spec, path: `${prefix}${spec.path}` }
    return { response: await http.send(full), spec: full }
  }

  async function send(spec: RequestSpec) {
    const current = layout()
    if (current.product === 'cloud-dedicated') {
      const { accountId, clusterId } = current
      if (!accountId || !clusterId) {
        // A session without them is the console's mistake, not the server's answer.
        throw new Error('A Cloud Dedicated connection needs an account id and a cluster id.')
      }
      return sendAt(dedicatedPrefix(accountId, clusterId), spec)
    }
    const server = baseUrl()
    const known = remembered.get(server)
    if (known !== undefined) return sendAt(clusteredPrefix(known), spec)
    // Unknown yet: only a success proves a shape, since a gateway may answer 401 before routing,
    // and a 404 for an unknown id looks like one for an unknown path. Both 404: the first error.
    try {
      const answer = await sendAt(clusteredPrefix('documented'), spec)
      remembered.set(server, 'documented')
      return answer
    } catch (error) {
      if (!isNotFound(error)) throw error
      try {
        const answer = await sendAt(clusteredPrefix('dedicated-shaped'), spec)
        remembered.set(server, 'dedicated-shaped')
        return answer
      } catch (fallbackError) {
        throw isNotFound(fallbackError) ? error : fallbackError
      }
    }
  }

  return { send }
}
