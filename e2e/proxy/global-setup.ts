/**
 * Bootstraps the fresh standalone mock the way an operator bootstraps a new InfluxDB 3: creates
 * the operator token (no auth needed), a database, a database-only token and a token that
 * expires at once. The strings reach the journeys through environment variables.
 */
import { MOCK_PORT } from '../../playwright.proxy.config'

async function call(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  const response = await fetch(`http://127.0.0.1:${MOCK_PORT}${path}`, { ...init, headers })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return response
}

async function secret(response: Response): Promise<string> {
  return ((await response.json()) as { token: string }).token
}

export default async function globalSetup(): Promise<void> {
  const operator = await secret(await call('/api/v3/configure/token/admin', { method: 'POST' }))
  await call('/api/v3/configure/database', { method: 'POST', token: operator, body: JSON.stringify({ db: 'plant' }) })
  const reader = await secret(
    await call('/api/v3/enterprise/configure/token', {
      method: 'POST',
      token: operator,
      body: JSON.stringify({
        token_name: 'plant-reader',
        permissions: [{ resource_type: 'db', resource_names: ['plant'], actions: ['read'] }],
      }),
    }),
  )
  const expired = await secret(
    await call('/api/v3/configure/token/named_admin', {
      method: 'POST',
      token: operator,
      body: JSON.stringify({ token_name: 'already-expired', expiry_secs: 1 }),
    }),
  )
  // Let the one-second token lapse before any journey uses it.
  await new Promise((resolve) => setTimeout(resolve, 1100))
  process.env.E2E_OPERATOR_TOKEN = operator
  process.env.E2E_READER_TOKEN = reader
  process.env.E2E_EXPIRED_TOKEN = expired
}
