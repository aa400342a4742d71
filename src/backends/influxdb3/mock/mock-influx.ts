/**
 * The mock InfluxDB 3 server (Core or Enterprise) as one fetch-style function:
 * `handle(Request) => Response`. MSW (tests, browser demo) and the standalone Node server all
 * pass every request here. The request pipeline follows the real server's order (influxdata/influxdb `influxdb3_server/src/http.rs`, `route_request`):
 * CORS preflight, `--without-auth` token paths, authentication, routing, then the headers every
 * response gets.
 */
import { parsePermissions, type Permission } from '../permissions'
import { tokenFromAuthorization, unauthenticated } from './authorization-header'
import type { Caller } from './authz'
import { sha512Hex, uuidV4 } from './crypto'
import { DatabaseStore, secondsToNs, type TableRecord } from './database-store'
import { type PermissionSpec, resolvePermissionSpecs, toPermissionSpec } from './resource-permissions'
import { bareResponse, HttpError, NOT_FOUND_TEXT, WITHOUT_AUTH_TEXT } from './responses'
import { databaseRoutes } from './routes-databases'
import { healthRoutes } from './routes-health'
import { queryRoutes } from './routes-query'
import { BOOTSTRAP_PATH, regenerateOperator, tokenRoutes } from './routes-tokens'
import type { Flavor, RouteTable, ServerState } from './server-state'
import { ADMIN_PERMISSIONS, isExpired, type NewTokenRecord, type TokenPermission, TokenStore } from './token-store'

export { type Scenario, scenarioNamed } from './scenarios'
export type { Flavor } from './server-state'

export interface MockInfluxOptions {
  flavor: Flavor
  /** Epoch ms; tests inject a clock to expire tokens. */
  now?: () => number
  /** Like `influxdb3 serve --without-auth`. */
  withoutAuth?: boolean
  /** Defaults: 5 on Core, 100 on Enterprise (user databases; `_internal` does not count). */
  maxDatabases?: number
}

/** A token written straight into the catalog (seeds, tests). */
export interface DirectToken {
  name: string
  /** Admin (`*:*:*`) when omitted; else CLI syntax (`db:a,b:read system:health:read`) or parsed permissions. */
  permissions?: string | readonly Permission[]
  /** Epoch ms; default now. */
  createdAt?: number
  /** Absolute epoch ms; null or omitted never expires. */
  expiry?: number | null
  updatedAt?: number | null
  updatedBy?: number | null
  createdBy?: number | null
  description?: string | null
}

export interface DirectTable {
  /** Tag columns: the series key. */
  tags?: readonly string[]
  /** Field columns; `time` is counted too, as the server does. */
  fields?: readonly string[]
  lastCaches?: number
  distinctCaches?: number
}

const TOKEN_PATH_PREFIX = '/api/v3/configure/token'
const RESOURCE_TOKEN_PATH = '/api/v3/enterprise/configure/token'
const RECOVERY_PATH = '/api/v3/configure/token/admin/regenerate'

const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': '*',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Max-Age': '86400',
}

export class MockInflux {
  readonly clusterUuid = uuidV4()
  private readonly state: ServerState
  private readonly routes: RouteTable

  constructor(options: MockInfluxOptions) {
    this.state = {
      flavor: options.flavor,
      withoutAuth: options.withoutAuth ?? false,
      maxDatabases: options.maxDatabases ?? (options.flavor === 'core' ? 5 : 100),
      now: options.now ?? Date.now,
      tokens: new TokenStore(),
      databases: new DatabaseStore(),
      processId: uuidV4(),
      requestCounts: new Map(),
    }
    this.routes = {
      ...tokenRoutes(options.flavor),
      ...databaseRoutes(),
      ...queryRoutes(),
      ...healthRoutes(options.flavor),
    }
  }

  get flavor(): Flavor {
    return this.state.flavor
  }

  /** The mock's clock, epoch ms. */
  now(): number {
    return this.state.now()
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const response = await this.respond(request, url)
    const key = `${request.method} ${url.pathname} ${response.status}`
    this.state.requestCounts.set(key, (this.state.requestCounts.get(key) ?? 0) + 1)
    response.headers.set('cluster-uuid', this.clusterUuid)
    // Only the success path adds ACAO; browsers hide error bodies of cross-origin calls.
    if (response.status < 400) response.headers.set('Access-Control-Allow-Origin', '*')
    return response
  }

  /**
   * The admin-token recovery listener (`influxdb3 serve --admin-token-recovery-http-bind`,
   * `influxdb3 serve --admin-token-recovery-http-bind`, since 3.3): one route, no authentication, `Access-Control-Allow-Origin` on every
   * answer, lowercase `not found` otherwise. The caller closes the listener after a 201.
   */
  async handleRecovery(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const response =
      request.method === 'POST' && url.pathname === RECOVERY_PATH
        ? await regenerateOperator(this.state).catch((error: unknown) => {
            if (error instanceof HttpError) return error.response
            throw error
          })
        : bareResponse(404, 'not found')
    response.headers.set('Access-Control-Allow-Origin', '*')
    return response
  }

  private async respond(request: Request, url: URL): Promise<Response> {
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS })
    const path = url.pathname
    // The real server disables `/api/v3/configure/token*`; the Enterprise resource-token path is
    // assumed to be disabled as well.
    if (this.state.withoutAuth && (path.startsWith(TOKEN_PATH_PREFIX) || path === RESOURCE_TOKEN_PATH)) {
      return bareResponse(405, WITHOUT_AUTH_TEXT)
    }
    this.state.databases.purge(this.state.now())
    try {
      const caller = this.state.withoutAuth || path === BOOTSTRAP_PATH ? null : await this.authenticate(request)
      const handler = this.routes[path]?.[request.method]
      if (handler === undefined) return bareResponse(404, NOT_FOUND_TEXT)
      return await handler({ request, url, caller, state: this.state })
    } catch (error) {
      if (error instanceof HttpError) return error.response
      return bareResponse(500, `internal error: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  private async authenticate(request: Request): Promise<Caller> {
    const header = request.headers.get('authorization')
    if (header === null) return unauthenticated()
    const token = this.state.tokens.byHash(await sha512Hex(tokenFromAuthorization(header)))
    if (token === undefined || isExpired(token, this.state.now())) return unauthenticated()
    return token
  }

  // -------------------------------------------------------------------------------------------
  // Direct access for seeds and tests. These bypass HTTP, limits and authorization.

  private resolvePermissions(permissions: DirectToken['permissions']): readonly TokenPermission[] {
    if (permissions === undefined) return ADMIN_PERMISSIONS
    let parsed: readonly Permission[]
    if (typeof permissions === 'string') {
      const result = parsePermissions(permissions)
      if (!result.ok) throw new Error(result.error)
      parsed = result.permissions
    } else {
      parsed = permissions
    }
    if (parsed.some((p) => p.resourceType === '*')) return ADMIN_PERMISSIONS
    if (this.state.flavor === 'core') throw new Error('Core has admin tokens only')
    const specs: PermissionSpec[] = parsed.map(toPermissionSpec)
    const resolved = resolvePermissionSpecs(specs, this.state.databases)
    if (!resolved.ok) throw new Error(`cannot parse token permission, ${resolved.detail}`)
    return resolved.permissions
  }

  /**
   * Creates tokens in order (ids follow the list), hashing in parallel. Returns the token strings,
   * or empty ones with `strings: false` (none is made: see `TokenStore.issueMany`).
   */
  async createTokensDirect(
    tokens: readonly DirectToken[],
    options: { strings?: boolean } = {},
  ): Promise<{ id: number; name: string; token: string }[]> {
    const now = this.state.now()
    const records: NewTokenRecord[] = tokens.map((token) => ({
      name: token.name,
      createdAt: token.createdAt ?? now,
      updatedAt: token.updatedAt ?? null,
      updatedBy: token.updatedBy ?? null,
      createdBy: token.createdBy ?? null,
      description: token.description ?? null,
      expiry: token.expiry ?? null,
      permissions: this.resolvePermissions(token.permissions),
    }))
    const issued = await this.state.tokens.issueMany(records, options)
    return issued.map(({ secret, record }) => ({ id: record.id, name: record.name, token: secret }))
  }

  async createTokenDirect(token: DirectToken): Promise<{ id: number; name: string; token: string }> {
    const [created] = await this.createTokensDirect([token])
    if (created === undefined) throw new Error('no token created')
    return created
  }

  /** Adds a database without the name rules or the limit; retention in seconds, null infinite. */
  addDatabase(name: string, retentionSeconds: number | null = null): void {
    if (this.state.databases.active(name)) throw new Error(`database ${name} already exists`)
    this.state.databases.create(name, secondsToNs(retentionSeconds))
  }

  addTable(database: string, table: string, columns: DirectTable = {}): void {
    const db = this.state.databases.active(database)
    if (db === undefined) throw new Error(`no database ${database}`)
    const tags = columns.tags ?? []
    const record: TableRecord = {
      name: table,
      columnCount: 1 + tags.length + (columns.fields ?? []).length,
      seriesKeyColumns: tags,
      lastCacheCount: columns.lastCaches ?? 0,
      distinctCacheCount: columns.distinctCaches ?? 0,
    }
    db.tables.push(record)
  }

  /** Soft-deletes as `DELETE /api/v3/configure/database` would at `deletedAt`. */
  softDeleteDatabase(name: string, deletedAt: number, hardDeletionTime: number | null): string {
    const db = this.state.databases.active(name)
    if (db === undefined) throw new Error(`no database ${name}`)
    this.state.databases.softDelete(db, deletedAt, hardDeletionTime)
    return db.name
  }
}
