/**
 * Helpers for the mock's own tests: send a request straight to `MockInflux.handle` and read
 * the answer once.
 */
import type { MockInflux } from './mock-influx'

export interface CallOptions {
  /** Sent as `Authorization: Bearer <token>` unless null/omitted. */
  token?: string | null
  /** JSON-encoded unless a string; sets `Content-Type: application/json` unless `headers` gives one. */
  body?: unknown
  headers?: Record<string, string>
}

export interface CallResult {
  status: number
  headers: Headers
  text: string
  json: () => unknown
}

const ORIGIN = 'http://mock.local'

function buildRequest(method: string, path: string, options: CallOptions = {}): Request {
  const headers = new Headers(options.headers)
  if (options.token != null && !headers.has('authorization')) headers.set('authorization', `Bearer ${options.token}`)
  let body: string | undefined
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  return new Request(`${ORIGIN}${path}`, { method, headers, body })
}

export async function call(mock: MockInflux, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const response = await mock.handle(buildRequest(method, path, options))
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as unknown }
}

/** `POST /api/v3/query_sql` against `_internal`, answering the parsed rows. */
export async function sql(
  mock: MockInflux,
  token: string | null,
  q: string,
  params?: Record<string, string | number | boolean | null>,
): Promise<Record<string, unknown>[]> {
  const result = await call(mock, 'POST', '/api/v3/query_sql', { token, body: { db: '_internal', q, params } })
  if (result.status !== 200) throw new Error(`query failed with ${result.status}: ${result.text}`)
  return result.json() as Record<string, unknown>[]
}
