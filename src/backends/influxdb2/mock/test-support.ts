/** Helpers for the mock's own tests: one request straight to `MockInfluxdb2.handle`, the answer read once. */
import type { MockInfluxdb2 } from './mock-influxdb2'

export interface CallOptions {
  /** Sent as `Authorization: Token <token>` unless null/omitted. */
  token?: string | null
  scheme?: string
  /** JSON-encoded unless a string. */
  body?: unknown
  headers?: Record<string, string>
}

export interface CallResult {
  status: number
  headers: Headers
  text: string
  json: <T = Record<string, unknown>>() => T
}

export async function call(mock: MockInfluxdb2, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers)
  if (options.token != null) headers.set('authorization', `${options.scheme ?? 'Token'} ${options.token}`)
  let body: string | undefined
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    headers.set('content-type', 'application/json')
  }
  const response = await mock.handle(new Request(`http://mock.local${path}`, { method, headers, body }))
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T }
}

export interface ListedAuth {
  id: string
  token: string
  status: string
  description: string
  orgID: string
  org: string
  userID: string
  user: string
  permissions: { action: string; resource: { type: string; id?: string; orgID?: string; name?: string; org?: string } }[]
  createdAt: string
  updatedAt: string
}
