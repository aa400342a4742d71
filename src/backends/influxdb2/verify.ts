/**
 * "Connect" proves a token can manage tokens on an InfluxDB 2 / Cloud server before the session
 * starts: `/ping` (which server, which version), `/api/v2/me` (the token's own user: read on it
 * is what token management needs first), the authorizations it can see (the server filters the
 * list silently, so an under-privileged token sees none), and an org to work in. One message per
 * failure.
 */
import { describeError } from '../describe-error'
import { isApiError } from '../http/errors'
import type { ConsoleMode, Verification, VerifyInput } from '../port'
import { createInfluxdb2Client } from './client'

export const MESSAGES = {
  invalid: 'This token is not valid.',
  inactive: 'This token is inactive.',
  ownerInactive: 'The owner of this token is inactive or was deleted.',
  notPermitted: 'This token may not manage tokens.',
  noOrg: 'This token cannot see any organization.',
  unreachable: 'The server could not be reached.',
  proxyDown: 'The console’s proxy could not reach the server.',
  notInflux: 'No InfluxDB 2 or InfluxDB Cloud server answers at this address.',
}

const NEEDS = 'Token management needs an All Access token (or the operator token made at setup).'

function explain(error: unknown, mode: ConsoleMode, baseUrl: string): Verification {
  const fail = (title: string, detail: string): Verification => ({ ok: false, title, detail })
  if (isApiError(error) && error.kind === 'http') {
    if (error.status === 401 && error.message === 'token is inactive')
      return fail(MESSAGES.inactive, 'Activate it, or connect with another token.')
    if (error.meaning === 'credential-invalid' && error.status === 403)
      return fail(MESSAGES.ownerInactive, 'Its tokens stop working with it.')
    if (error.meaning === 'not-permitted') return fail(MESSAGES.notPermitted, `${NEEDS} The server said: ${error.message}`)
    if (error.meaning === 'credential-invalid')
      return fail(MESSAGES.invalid, 'The server does not know it. Check that you copied the whole string.')
    if (error.status === 502 && mode === 'proxy') return fail(MESSAGES.proxyDown, error.message)
    if (error.status === 404 && error.path === '/ping')
      return fail(MESSAGES.notInflux, `The address answered “${error.message}” to /ping.`)
  }
  if (isApiError(error) && error.kind === 'network') {
    return fail(
      MESSAGES.unreachable,
      mode === 'direct'
        ? `Nothing answered at ${baseUrl}, or the browser blocked the answer. InfluxDB 2 OSS allows calls from other origins; InfluxDB Cloud may not, so use the console’s proxy for it.`
        : 'The console’s own server did not answer. Is it still running?',
    )
  }
  return fail('Could not connect.', describeError(error))
}

export async function verifyConnection({ baseUrl, token, mode, timeoutMs = 10_000 }: VerifyInput): Promise<Verification> {
  const client = createInfluxdb2Client({ baseUrl, token, timeoutMs })
  try {
    const info = await client.identify(baseUrl)
    await client.me()
    const [authorizations, orgs] = await Promise.all([client.listAuthorizations(), client.listOrgs()])
    if (authorizations.length === 0)
      return { ok: false, title: MESSAGES.notPermitted, detail: `It cannot read any token, not even itself. ${NEEDS}` }
    if (orgs.length === 0) return { ok: false, title: MESSAGES.noOrg, detail: NEEDS }
    // The session works in one org: the connect screen takes the only one, or asks.
    return { ok: true, info, scopes: orgs.map((org) => ({ label: org.name, scope: { orgID: org.id } })) }
  } catch (error) {
    return explain(error, mode, baseUrl)
  }
}
