/** Helpers for the mock's own tests: a request straight to `MockManagement.handle`, the answer read once. */
import type { MockManagement } from './mock-management'

export interface CallOptions {
  /** Sent as `Authorization: Bearer <token>` unless null/omitted. */
  token?: string | null
  /** JSON-encoded unless a string. */
  body?: unknown
  headers?: Record<string, string>
}

export interface CallResult {
  status: number
  headers: Headers
  text: string
  json: () => unknown
}

export async function call(mock: MockManagement, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  // As InfluxData's MCP server sends them: JSON Accept and Content-Type on every request.
  const headers = new Headers({ Accept: 'application/json', 'Content-Type': 'application/json', ...options.headers })
  if (options.token != null) headers.set('authorization', `Bearer ${options.token}`)
  const body =
    options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  const response = await mock.handle(new Request(`http://mock.local${path}`, { method, headers, body }))
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as unknown }
}
