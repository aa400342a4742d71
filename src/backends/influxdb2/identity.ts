/**
 * Which v2 server answers, and its version, for the header and the connect screen.
 * - `/ping` answers 204 with `X-Influxdb-Build: OSS` and `X-Influxdb-Version` on OSS
 *   (influxdata/influxdb `http/handler.go`); InfluxDB Cloud sends no version header (its API
 *   reference, `GetPing`); that its build header reads `Cloud` is unverified.
 * - `/health` carries `version` in its body on OSS (`http/health.go`).
 * - A browser calling another origin cannot read either: OSS sets CORS headers on its API
 *   handler only (`kit/transport/http/middleware.go` wraps `/api/v2`, not `/ping` or `/health`,
 *   `http/platform_handler.go`), so the call fails as a network error, or its headers are
 *   hidden. Then the host decides: Cloud's regional addresses are `*.cloud2.influxdata.com`
 *   (InfluxData's Cloud region list), anything else is taken for OSS, and the version is unknown
 *   (''). Whether the server answers at all is for the next call (`/api/v2/…`) to tell.
 */
import type { ServerInfo } from '../domain'
import { isApiError } from '../http/errors'
import { decodeJson, type Http } from '../http/http'
import { healthWire } from './wire'

const OSS_NAME = 'InfluxDB 2 OSS'
const CLOUD_NAME = 'InfluxDB Cloud'

function cloudHost(baseUrl: string): boolean {
  try {
    return /(^|\.)cloud2\.influxdata\.com$/i.test(new URL(baseUrl).hostname)
  } catch {
    return false
  }
}

async function healthVersion(http: Http, signal: AbortSignal | undefined): Promise<string | undefined> {
  const spec = { method: 'GET', path: '/health', signal } as const
  try {
    return decodeJson(await http.send(spec), spec, healthWire).version
  } catch (error) {
    // Unreadable (cross-origin) or absent: the version stays unknown; a cancel is not swallowed.
    if (isApiError(error) && error.kind === 'aborted') throw error
    return undefined
  }
}

async function pingHeaders(http: Http, signal: AbortSignal | undefined): Promise<Headers | null> {
  try {
    return (await http.send({ method: 'GET', path: '/ping', signal })).headers
  } catch (error) {
    if (isApiError(error) && error.kind === 'network') return null
    throw error
  }
}

export async function identify(http: Http, baseUrl: string, signal: AbortSignal | undefined): Promise<ServerInfo> {
  const headers = await pingHeaders(http, signal)
  const build = headers?.get('x-influxdb-build')?.toLowerCase()
  const headerVersion = headers?.get('x-influxdb-version') ?? undefined
  const cloud = build === undefined ? cloudHost(baseUrl) : build.includes('cloud')
  const version = headerVersion ?? (headers === null ? undefined : await healthVersion(http, signal)) ?? ''
  return {
    product: cloud ? 'cloud-serverless' : 'influxdb2',
    productName: cloud ? CLOUD_NAME : OSS_NAME,
    version: version.replace(/^v/, ''),
    revision: undefined,
  }
}
