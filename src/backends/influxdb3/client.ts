/**
 * The typed InfluxDB 3 client: one object per connection (base URL + token), every endpoint
 * the console uses, domain types in and out. Framework-free: no React, no toasts, no routing.
 */
import { createHttp, type HttpConfig } from '../http/http'
import * as databases from './databases'
import * as server from './server'
import * as tokens from './tokens'
import { influxdb3Words } from './words'

export type ClientConfig = HttpConfig

export function createInfluxClient(config: ClientConfig = {}) {
  const http = createHttp({ words: influxdb3Words, ...config })
  type Opts = { signal?: AbortSignal | undefined }
  return {
    ping: (opts?: Opts) => server.ping(http, opts),
    health: (opts?: Opts) => server.health(http, opts),

    listTokens: (opts?: Opts) => tokens.listTokens(http, opts),
    createOperatorToken: (opts?: Opts) => tokens.createOperatorToken(http, opts),
    createAdminToken: (input: tokens.CreateAdminTokenInput, opts?: Opts) => tokens.createAdminToken(http, input, opts),
    createResourceToken: (input: tokens.CreateResourceTokenInput, opts?: Opts) => tokens.createResourceToken(http, input, opts),
    regenerateOperatorToken: (opts?: Opts) => tokens.regenerateOperatorToken(http, opts),
    deleteToken: (name: string, opts?: Opts) => tokens.deleteToken(http, name, opts),

    listDatabases: (opts?: databases.ListDatabasesOptions) => databases.listDatabases(http, opts),
    createDatabase: (input: databases.CreateDatabaseInput, opts?: Opts) => databases.createDatabase(http, input, opts),
    setRetention: (name: string, retention: string, opts?: Opts) => databases.setRetention(http, name, retention, opts),
    clearRetention: (name: string, opts?: Opts) => databases.clearRetention(http, name, opts),
    deleteDatabase: (name: string, opts?: databases.DeleteDatabaseOptions) => databases.deleteDatabase(http, name, opts),
  }
}

export type InfluxClient = ReturnType<typeof createInfluxClient>
