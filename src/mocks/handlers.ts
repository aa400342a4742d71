/**
 * MSW glue: every request for the InfluxDB 3 API on any origin goes to the mock. Everything
 * else (the app's own pages and assets) is left alone.
 */
import { type HttpHandler, http } from 'msw'
import type { MockInflux } from './mock-influx'

/** Matched against the URL without query: `/api/...`, `/ping`, `/health`, `/metrics`, `/ready`. */
const INFLUX_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:api\/.*|ping|health|metrics|ready)$/i

export function createHandlers(getMock: () => MockInflux): HttpHandler[] {
  return [http.all(INFLUX_URL, ({ request }) => getMock().handle(request))]
}
