/**
 * "Connect" for Cloud Dedicated and Clustered: proves a management token can list database
 * tokens, with one message per failure. Which status a live server sends for each mistake is
 * unverified (the spec documents 401, 403 and 404 on every call without saying when), so the
 * messages lean on what can be known: a database token's documented form (`apiv<N>_…`, docs-v2
 * `reference/internals/security.md`), and whether a 404 came from the management API itself
 * (its `{"code", "message"}` body: the ids are wrong) or from something else (the host is wrong);
 * the same for a 401, which an InfluxDB 3 or 2 host sends to any unknown token.
 */
import { describeError } from '../describe-error'
import { isApiError } from '../http/errors'
import type { Verification, VerifyInput } from '../port'
import { layoutFor, type ManagementProduct, serverInfo } from './backend'
import { createManagementClient } from './client'
import { errorWire } from './wire'

export const MESSAGES = {
  invalid: 'This management token is not valid (or it has expired or been revoked).',
  databaseToken: 'This is a database token: managing tokens needs a management token.',
  wrongIds: 'No cluster with this account id and cluster id answers here.',
  notPermitted: 'This management token may not manage this cluster’s tokens.',
  notManagementApi: 'No management API answers at this address.',
  unreachable: 'The server could not be reached.',
  proxyDown: 'The console’s proxy could not reach the management API.',
  missingIds: 'Cloud Dedicated needs the account id and the cluster id.',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Database tokens are `apiv<N>_` and base64; management tokens and Clustered's admin token are not. */
const DATABASE_TOKEN = /^apiv\d+_/

const MANAGEMENT_TOKEN_HINT: Record<ManagementProduct, string> = {
  'cloud-dedicated': 'Create one in the Admin UI (Management Tokens) or with `influxctl management create`.',
  clustered: 'Use a management token, or the cluster’s admin token (the `admin-token` secret).',
}

function fail(title: string, detail: string): Verification {
  return { ok: false, title, detail }
}

function explain(product: ManagementProduct, error: unknown, fromApi: boolean, input: VerifyInput): Verification {
  const { mode, token } = input
  const hint = MANAGEMENT_TOKEN_HINT[product]
  if (isApiError(error) && error.kind === 'http') {
    const databaseToken = DATABASE_TOKEN.test(token) && (error.status === 401 || error.status === 403)
    if (databaseToken) return fail(MESSAGES.databaseToken, `Database tokens (apiv1_…) read and write data only. ${hint}`)
    if (error.status === 401 && !fromApi) {
      // Another InfluxDB (or a gateway) refusing the token: its body is not `{code, message}`.
      return fail(
        MESSAGES.notManagementApi,
        `It refused the token with an answer unlike the management API’s (“${error.message}”). Check the address; if it is right, the token is not valid.`,
      )
    }
    if (error.status === 401) return fail(MESSAGES.invalid, `The server said: “${error.message}”. ${hint}`)
    if (error.status === 403) {
      return product === 'cloud-dedicated'
        ? fail(
            MESSAGES.notPermitted,
            'Check the account id and the cluster id: a token works only in its own account. An Admin can give your user group the permission.',
          )
        : fail(MESSAGES.notPermitted, `The server said: “${error.message}”.`)
    }
    if (error.status === 404 && fromApi && product === 'cloud-dedicated') {
      return fail(MESSAGES.wrongIds, 'Copy both ids from the Admin UI or your influxctl profile (account_id, cluster_id).')
    }
    if (error.status === 404) {
      return fail(
        MESSAGES.notManagementApi,
        product === 'cloud-dedicated'
          ? 'The management API is at console.influxdata.com, not at the cluster’s own host.'
          : 'Use the cluster’s host; its ingress must expose /api/v0 (Clustered 20250508-1719206 or later).',
      )
    }
    if (error.status === 502 && mode === 'proxy') return fail(MESSAGES.proxyDown, error.message)
  }
  if (isApiError(error) && error.kind === 'invalid-response') {
    return fail(MESSAGES.notManagementApi, `Something answered, but not the management API: ${error.message}`)
  }
  if (isApiError(error) && error.kind === 'network') {
    return fail(
      MESSAGES.unreachable,
      mode === 'direct'
        ? 'Check the address. A browser cannot call the management API of another origin unless it allows it (CORS): use the console’s proxy.'
        : 'The console’s own server did not answer. Is it still running?',
    )
  }
  return fail('Could not connect.', describeError(error))
}

export async function verifyConnection(product: ManagementProduct, input: VerifyInput): Promise<Verification> {
  const layout = layoutFor(product, input.scope)
  if (layout.product === 'cloud-dedicated') {
    const { accountId = '', clusterId = '' } = layout
    if (!accountId || !clusterId) return fail(MESSAGES.missingIds, 'Both are in the Admin UI and in your influxctl profile.')
    const bad = [accountId, clusterId].find((id) => !UUID.test(id))
    if (bad !== undefined)
      return fail(MESSAGES.wrongIds, `“${bad}” is not an id: ids look like 0f8fad5b-d9cb-469f-a165-70867728950e.`)
  }
  // Whether a failure's body is the management API's own `{code, message}`.
  let fromApi = false
  const client = createManagementClient({
    baseUrl: input.baseUrl,
    token: input.token,
    timeoutMs: input.timeoutMs ?? 10_000,
    layout,
    fetch: async (request, init) => {
      const response = await fetch(request, init)
      if (!response.ok) {
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => null)
        fromApi = errorWire.safeParse(body).success
      }
      return response
    },
  })
  try {
    await client.listTokens()
    return { ok: true, info: serverInfo(product) }
  } catch (error) {
    return explain(product, error, fromApi, input)
  }
}
