/**
 * The typed management API client for Cloud Dedicated and Clustered: one object per
 * connection, every endpoint the console uses, domain types in and out. Framework-free.
 *
 * Errors are `{"code": <integer status>, "message": …}` (the spec's `Error` schema; that `code`
 * is an integer is unverified against a live server): the transport reads `message`. Every
 * endpoint documents 401 and 403 without saying when each is sent. The console reads them the
 * usual way, which is unverified too: 401, the management token is unknown, expired or revoked
 * (connect again); 403, a valid token may not do this (the account or cluster is not its own,
 * or its user group lacks the permission).
 */
import type { Permission } from '../../lib/permission'
import type { DatabaseLimits } from '../domain'
import { classifyByStatus, createHttp, type HttpConfig } from '../http/http'
import * as databases from './databases'
import { type ClusteredPaths, createRouter, type Layout } from './paths'
import * as tokens from './tokens'

export interface ManagementClientConfig extends Omit<HttpConfig, 'scheme' | 'classify'> {
  /** Read at each request, like the base URL. */
  layout: Layout | (() => Layout)
  /** See `ExpiryForm`; `expiration-type` when absent. */
  expiryForm?: tokens.ExpiryForm
  /** Where the Clustered path shape is remembered per server; module-wide when absent (tests pass their own). */
  clusteredPaths?: Map<string, ClusteredPaths>
}

type Opts = { signal?: AbortSignal | undefined }

export function createManagementClient(config: ManagementClientConfig) {
  const http = createHttp({ ...config, scheme: 'Bearer', classify: classifyByStatus })
  const layout = () => (typeof config.layout === 'function' ? config.layout() : config.layout)
  const baseUrl = () => (typeof config.baseUrl === 'function' ? config.baseUrl() : (config.baseUrl ?? ''))
  const router = createRouter(http, layout, baseUrl, config.clusteredPaths)
  const expiryForm = config.expiryForm ?? 'expiration-type'
  return {
    listTokens: (opts?: Opts) => tokens.listTokens(router, opts),
    getToken: (id: string, opts?: Opts) => tokens.getToken(router, id, opts),
    createToken: (input: tokens.CreateTokenInput, opts?: Opts) => tokens.createToken(router, input, expiryForm, opts),
    updateToken: (id: string, change: { description?: string; permissions?: readonly Permission[] }, opts?: Opts) =>
      tokens.updateToken(router, id, change, opts),
    revokeToken: (id: string, opts?: Opts) => tokens.revokeToken(router, id, opts),

    listDatabases: (opts?: Opts) => databases.listDatabases(router, opts),
    createDatabase: (input: databases.CreateDatabaseInput, opts?: Opts) => databases.createDatabase(router, input, opts),
    updateDatabase: (name: string, change: { limits?: Partial<DatabaseLimits>; retention?: string | null }, opts?: Opts) =>
      databases.updateDatabase(router, name, change, opts),
    deleteDatabase: (name: string, opts?: Opts) => databases.deleteDatabase(router, name, opts),
  }
}

export type ManagementClient = ReturnType<typeof createManagementClient>
