/**
 * InfluxDB 3 (Core and Enterprise) behind the port: full-access drafts become named admin
 * tokens, others resource tokens (Enterprise); tokens are deleted by name; the operator token
 * `_admin` can be regenerated; databases are soft-deleted.
 */
import { createHttp } from '../http/http'
import type { Backend, BackendConnection, TokenDraft } from '../port'
import { createInfluxClient, type InfluxClient } from './client'
import { OPERATOR_TOKEN_NAME, SYSTEM_DATABASE } from './names'
import { influxdb3Words } from './words'

function createToken(client: InfluxClient, draft: TokenDraft, options: { signal?: AbortSignal | undefined } = {}) {
  return draft.fullAccess
    ? client.createAdminToken({ name: draft.name, expirySecs: draft.expirySecs }, options)
    : client.createResourceToken({ name: draft.name, permissions: [...draft.permissions], expirySecs: draft.expirySecs }, options)
}

export function createInfluxdb3Backend(connection: BackendConnection): Backend {
  const client = createInfluxClient({ baseUrl: connection.baseUrl, token: connection.token, timeoutMs: connection.timeoutMs })
  return {
    product: 'influxdb3',
    connectionKey: connection.connectionKey,
    identify: (options) => client.ping(options),
    tokens: {
      list: (options) => client.listTokens(options),
      create: (draft, options) => createToken(client, draft, options),
      remove: (token, options) => client.deleteToken(token.name, options),
      // Loaded when a reveal asks: not on the first page.
      trial: async (token) => {
        const { planTrial } = await import('./trial')
        return planTrial(token, { createHttp, words: influxdb3Words, connection, client, internal: SYSTEM_DATABASE })
      },
    },
    databases: {
      list: (options) => client.listDatabases(options),
      create: (draft, options) => client.createDatabase(draft, options),
      setRetention: (name, retention, options) =>
        retention === null ? client.clearRetention(name, options) : client.setRetention(name, retention, options),
      remove: (name, options) => client.deleteDatabase(name, options),
      // A delete is soft: `hardDeleteAt` says when the data goes (its `hard_delete_at`), and the
      // deleted databases stay listed until then.
      hardDelete: true,
      listsDeleted: true,
      countsTables: true,
    },
    operator: {
      name: OPERATOR_TOKEN_NAME,
      regenerate: (options) => client.regenerateOperatorToken(options),
      // `POST /api/v3/configure/token/admin` needs no token (influxdb3_server/src/http.rs).
      bootstrap: (options) => client.createOperatorToken(options),
    },
  }
}
