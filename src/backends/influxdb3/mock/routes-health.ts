/**
 * `/health`, `/api/v1/health`, `/ping`, `/metrics` and (Enterprise) `/ready` (InfluxData docs "Monitor InfluxDB 3").
 */
import { requireSystem } from './authz'
import { uuidV7 } from './crypto'
import { jsonResponse, textResponse } from './responses'
import type { RouteContext, RouteTable, ServerState } from './server-state'

const SERVER_VERSION = '3.10.1'
/** Short hash of the v3.10.1 tag. */
const SERVER_REVISION = 'ff6872a3d8'

const PLAIN_TEXT = 'text/plain; charset=utf-8'

function health({ state, caller }: RouteContext): Response {
  requireSystem(state.flavor, caller, 'health')
  return textResponse(200, 'OK', PLAIN_TEXT)
}

/** Enterprise only; the body of a real `/ready` is unverified, the mock answers like `/health`. */
function ready({ state, caller }: RouteContext): Response {
  requireSystem(state.flavor, caller, 'ready')
  return textResponse(200, 'OK', PLAIN_TEXT)
}

function ping({ state, caller }: RouteContext): Response {
  requireSystem(state.flavor, caller, 'ping')
  const build = state.flavor === 'core' ? 'Core' : 'Enterprise'
  const response = jsonResponse(200, {
    product_name: `InfluxDB 3 ${build}`,
    version: SERVER_VERSION,
    revision: SERVER_REVISION,
    process_id: state.processId,
  })
  const requestId = uuidV7(state.now())
  response.headers.set('X-Influxdb-Build', build)
  response.headers.set('X-Influxdb-Version', SERVER_VERSION)
  response.headers.set('Request-Id', requestId)
  response.headers.set('X-Request-Id', requestId)
  return response
}

function prometheusText(state: ServerState): string {
  const lines = ['# HELP http_requests_total Accumulated total requests', '# TYPE http_requests_total counter']
  for (const [key, count] of state.requestCounts) {
    const [method = '', path = '', status = ''] = key.split(' ')
    lines.push(`http_requests_total{method="${method}",path="${path}",status="${status}"} ${count}`)
  }
  lines.push(
    '# HELP influxdb3_catalog_databases Databases in the catalog, soft-deleted ones included',
    '# TYPE influxdb3_catalog_databases gauge',
    `influxdb3_catalog_databases ${[...state.databases.all()].length}`,
    '# HELP influxdb3_catalog_tokens Tokens in the catalog',
    '# TYPE influxdb3_catalog_tokens gauge',
    `influxdb3_catalog_tokens ${state.tokens.size}`,
    '# EOF',
  )
  return `${lines.join('\n')}\n`
}

function metrics({ state, caller }: RouteContext): Response {
  requireSystem(state.flavor, caller, 'metrics')
  return textResponse(200, prometheusText(state), 'text/plain; version=0.0.4; charset=utf-8')
}

export function healthRoutes(flavor: ServerState['flavor']): RouteTable {
  const routes: RouteTable = {
    '/health': { GET: health },
    '/api/v1/health': { GET: health },
    '/ping': { GET: ping, POST: ping },
    '/metrics': { GET: metrics },
  }
  if (flavor === 'enterprise') routes['/ready'] = { GET: ready }
  return routes
}
