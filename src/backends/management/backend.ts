/**
 * Cloud Dedicated and Clustered behind the port: one adapter for the management API, two path
 * layouts. Tokens are named by their description (not unique), addressed by UUID, revoked
 * rather than deleted, and can change description and permissions in place. A full-access
 * draft is read and write on every database (`*`): all a database token can hold. No operator
 * token: the management token comes from `influxctl` or the Admin UI, not from this API.
 */
import { FULL_ACCESS } from '../../lib/permission'
import type { ServerInfo } from '../domain'
import type { Backend, BackendConnection, CallOptions, TokenDraft } from '../port'
import { createManagementClient, type ManagementClient } from './client'
import type { Layout } from './paths'

export type ManagementProduct = Layout['product']

const PRODUCT_NAMES: Record<ManagementProduct, string> = {
  'cloud-dedicated': 'InfluxDB Cloud Dedicated',
  clustered: 'InfluxDB Clustered',
}

/** The scope keys a Cloud Dedicated connection carries (`BackendConnection.scope`). */
export const SCOPE_KEYS = { accountId: 'accountId', clusterId: 'clusterId' } as const

export function layoutFor(product: ManagementProduct, scope: Readonly<Record<string, string>> | undefined): Layout {
  return product === 'clustered'
    ? { product }
    : { product, accountId: scope?.[SCOPE_KEYS.accountId], clusterId: scope?.[SCOPE_KEYS.clusterId] }
}

/**
 * The API has no version or ping endpoint: the cheapest authenticated read (the database list)
 * proves the server answers, and the version is the API's own (`v0`). The edition is in
 * `productName`; `product` stays `unknown`, which names InfluxDB 3 editions only.
 */
export function serverInfo(product: ManagementProduct): ServerInfo {
  return { product: 'unknown', productName: PRODUCT_NAMES[product], version: 'management API v0', revision: undefined }
}

async function identify(client: ManagementClient, product: ManagementProduct, options?: CallOptions): Promise<ServerInfo> {
  await client.listDatabases(options)
  return serverInfo(product)
}

const NO_TRIAL =
  'A database token works on the cluster’s data endpoint, which the console does not know, and the management API refuses it: test it where it is used, for example with `influxctl query` or a client’s first query.'

function createToken(client: ManagementClient, draft: TokenDraft, options?: CallOptions) {
  return client.createToken(
    {
      description: draft.name,
      permissions: draft.fullAccess ? [FULL_ACCESS] : draft.permissions,
      expiresAt: draft.expirySecs === null ? null : new Date(Date.now() + draft.expirySecs * 1000),
    },
    options,
  )
}

export function createManagementBackend(product: ManagementProduct, connection: BackendConnection): Backend {
  const client = createManagementClient({
    baseUrl: connection.baseUrl,
    token: connection.token,
    timeoutMs: connection.timeoutMs,
    layout: layoutFor(product, connection.scope),
  })
  return {
    product,
    connectionKey: connection.connectionKey,
    identify: (options) => identify(client, product, options),
    tokens: {
      list: (options) => client.listTokens(options),
      create: (draft, options) => createToken(client, draft, options),
      remove: (token, options) => client.revokeToken(token.id, options),
      revokes: true,
      setDescription: async (token, description, options) => {
        await client.updateToken(token.id, { description }, options)
      },
      setPermissions: async (token, permissions, options) => {
        await client.updateToken(token.id, { permissions }, options)
      },
      // A database token is refused by the management API, and its data endpoint (the cluster's
      // query and write host) is not the address the console knows: no call can test it here.
      trial: () => Promise.resolve({ possible: false, reason: NO_TRIAL }),
    },
    databases: {
      list: (options) => client.listDatabases(options),
      create: (draft, options) => client.createDatabase(draft, options),
      setRetention: (name, retention, options) => client.updateDatabase(name, { retention }, options),
      // The API has no soft delete to time: `hardDeleteAt` does not apply (it has `undelete`, unused here).
      remove: (name, options) => client.deleteDatabase(name, options),
      setLimits: (name, change, options) => client.updateDatabase(name, change, options),
    },
  }
}

export const createDedicatedBackend = (connection: BackendConnection) => createManagementBackend('cloud-dedicated', connection)
export const createClusteredBackend = (connection: BackendConnection) => createManagementBackend('clustered', connection)
