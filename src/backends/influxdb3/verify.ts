/**
 * "Connect" proves a token works for token management before the session starts: `/ping`
 * (product, version), then listing `system.tokens` (an admin-level call). Every failure gets
 * its own message, because "it didn't work" helps nobody fix it.
 */
import { describeError } from '../describe-error'
import { isApiError } from '../http/errors'
import type { ConsoleMode, Verification, VerifyInput } from '../port'
import { createInfluxClient } from './client'

export const MESSAGES = {
  invalid: 'This token is not valid (or it has expired).',
  notAdmin: 'This token is not an admin token — token management needs an admin token.',
  withoutAuth: 'This server runs without authentication, so it has no tokens to manage.',
  unreachable: 'The server could not be reached.',
  blocked: 'The browser blocked the response — use the proxy mode.',
  proxyDown: 'The console’s proxy could not reach the InfluxDB 3 server.',
  notInflux: 'No InfluxDB 3 server answers at this address.',
}

/** Does anything answer at all? A no-cors request succeeds (opaquely) even when CORS would hide the answer. */
async function answersAtAll(baseUrl: string): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/ping`, { mode: 'no-cors', signal: AbortSignal.timeout(5000) })
    return true
  } catch {
    return false
  }
}

async function explain(error: unknown, mode: ConsoleMode, baseUrl: string): Promise<Verification> {
  const fail = (title: string, detail: string): Verification => ({ ok: false, title, detail })
  if (isApiError(error) && error.kind === 'http') {
    if (error.status === 401) return fail(MESSAGES.invalid, 'Check that you copied the whole apiv3_… string.')
    if (error.status === 403) return fail(MESSAGES.notAdmin, 'Database and system tokens cannot manage tokens or databases.')
    if (error.status === 405) return fail(MESSAGES.withoutAuth, error.message)
    if (error.status === 502 && mode === 'proxy') return fail(MESSAGES.proxyDown, error.message)
    // Only /ping tells whether InfluxDB 3 answers at all; a 404 after it is described below.
    if (error.status === 404 && error.path === '/ping') {
      return fail(MESSAGES.notInflux, `The address answered “${error.message}” to /ping.`)
    }
  }
  if (isApiError(error) && error.kind === 'network') {
    if (mode === 'direct' && (await answersAtAll(baseUrl))) {
      return fail(
        MESSAGES.blocked,
        'The server answered, but InfluxDB 3 sends no CORS headers on errors, so the browser hides them (often this means the token was rejected). Start the console with INFLUXDB3_HOST_URL to use its same-origin proxy.',
      )
    }
    return fail(
      MESSAGES.unreachable,
      mode === 'direct'
        ? `Nothing answered at ${baseUrl}. Check the address and that the server is running.`
        : 'The console’s own server did not answer. Is it still running?',
    )
  }
  return fail('Could not connect.', describeError(error))
}

export async function verifyConnection({ baseUrl, token, mode, timeoutMs = 10_000 }: VerifyInput): Promise<Verification> {
  const client = createInfluxClient({ baseUrl, token, timeoutMs })
  try {
    const info = await client.ping()
    const tokens = await client.listTokens()
    // With auth on, the token just used is itself listed, with a hash; without auth the hash
    // column does not exist and any string is accepted.
    if (tokens.length === 0 || tokens.some((t) => t.fingerprint === undefined)) {
      return { ok: false, title: MESSAGES.withoutAuth, detail: 'Anyone who can reach it has full access.' }
    }
    return { ok: true, info }
  } catch (error) {
    return explain(error, mode, baseUrl)
  }
}
