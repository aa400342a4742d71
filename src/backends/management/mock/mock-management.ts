/**
 * The mock management API (`/api/v0`) of InfluxDB Cloud Dedicated or InfluxDB Clustered as one
 * fetch-style function, `handle(Request) => Response`: MSW (tests, the demo) and the standalone
 * server pass every request here. Order: the path (404 for one the API does not have), the
 * Bearer management token (401; a database token is refused too), the account and cluster
 * (Dedicated: 403 for another account, 404 for another cluster), then the route.
 *
 * As `clustered` it serves the documented paths (`/api/v0/tokens…`) and, from the same store,
 * the Dedicated-shaped ones with any ids (`/api/v0/accounts/{a}/clusters/{c}/tokens…`), which
 * InfluxData's MCP server sends to a Clustered host with placeholder ids.
 */
import { API_PREFIX, PLACEHOLDER_ID } from '../paths'
import { sha512Hex } from '../sha512'
import type { Collection, MockState, RouteContext } from './context'
import { newManagementToken, uuidV4 } from './crypto'
import { apiError, fail, HttpError, NOT_FOUND } from './responses'
import { databaseRoutes } from './routes-databases'
import { tokenRoutes } from './routes-tokens'
import { ManagementStore, type WireIds } from './store'

export type ManagementProduct = 'cloud-dedicated' | 'clustered'

export interface MockManagementOptions {
  product: ManagementProduct
  /** The Bearer token the API accepts; a random one when absent. */
  managementToken?: string
  /** Cloud Dedicated's account and cluster (random UUIDs when absent); Clustered ignores them. */
  accountId?: string
  clusterId?: string
  /** Which path shapes a Clustered mock serves; both by default (tests of the client's fallback narrow it). */
  clusteredPaths?: 'both' | 'documented' | 'dedicated-shaped'
  /** Epoch ms; tests inject a clock. */
  now?: () => number
}

const COLLECTIONS: Record<string, Collection> = { tokens: tokenRoutes, databases: databaseRoutes }

interface Route {
  collection: Collection
  key: string | null
  /** The path's ids on the Dedicated-shaped layout. */
  ids: WireIds | null
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return fail(400, 'the path is not valid')
  }
}

export class MockManagement {
  readonly product: ManagementProduct
  readonly managementToken: string
  readonly accountId: string
  readonly clusterId: string
  private readonly state: MockState
  private readonly clusteredPaths: 'both' | 'documented' | 'dedicated-shaped'

  constructor(options: MockManagementOptions) {
    this.product = options.product
    this.managementToken = options.managementToken ?? newManagementToken()
    const clustered = options.product === 'clustered'
    this.accountId = clustered ? PLACEHOLDER_ID : (options.accountId ?? uuidV4())
    this.clusterId = clustered ? PLACEHOLDER_ID : (options.clusterId ?? uuidV4())
    this.clusteredPaths = options.clusteredPaths ?? 'both'
    this.state = { store: new ManagementStore(), now: options.now ?? Date.now }
  }

  /** The store, for seeds and tests: they write to it directly, bypassing HTTP. */
  get store(): ManagementStore {
    return this.state.store
  }

  now(): number {
    return this.state.now()
  }

  async handle(request: Request): Promise<Response> {
    try {
      const route = this.route(new URL(request.url).pathname)
      if (route === null) return apiError(404, NOT_FOUND)
      await this.authenticate(request)
      this.checkScope(route.ids)
      const handler = (route.key === null ? route.collection.list : route.collection.item)[request.method]
      if (handler === undefined) return apiError(405, 'method not allowed')
      const context: RouteContext = { request, state: this.state, ids: route.ids, key: route.key }
      return await handler(context)
    } catch (error) {
      if (error instanceof HttpError) return error.response
      return apiError(500, error instanceof Error ? error.message : String(error))
    }
  }

  /** `…/tokens[/{id}]` or `…/databases[/{name}]` below a prefix this mock serves. */
  private route(pathname: string): Route | null {
    const segments = pathname.split('/').slice(1)
    if (`/${segments[0]}/${segments[1]}` !== API_PREFIX) return null
    let rest = segments.slice(2)
    let ids: WireIds | null = null
    if (rest[0] === 'accounts' && rest[2] === 'clusters' && rest.length >= 5) {
      if (this.product === 'clustered' && this.clusteredPaths === 'documented') return null
      ids = { accountId: decode(rest[1] ?? ''), clusterId: decode(rest[3] ?? '') }
      rest = rest.slice(4)
    } else if (this.product === 'cloud-dedicated' || this.clusteredPaths === 'dedicated-shaped') {
      return null
    }
    const collection = COLLECTIONS[rest[0] ?? '']
    if (collection === undefined || rest.length > 2 || rest[1] === '') return null
    return { collection, key: rest[1] === undefined ? null : decode(rest[1]), ids }
  }

  private async authenticate(request: Request): Promise<void> {
    const header = request.headers.get('authorization') ?? ''
    const match = /^Bearer (\S+)$/.exec(header)
    if (match?.[1] === undefined) return fail(401, 'unauthorized: a Bearer management token is required')
    const token = match[1]
    if (token === this.managementToken) return
    // Database tokens read and write data; they never authorize the management API.
    if (this.state.store.isDatabaseToken(await sha512Hex(token))) {
      return fail(401, 'unauthorized: a database token cannot be used with the management API')
    }
    return fail(401, 'unauthorized')
  }

  /** Dedicated only: the token's own account, and a cluster in it. Clustered accepts any ids. */
  private checkScope(ids: WireIds | null): void {
    if (this.product !== 'cloud-dedicated' || ids === null) return
    if (ids.accountId !== this.accountId) fail(403, 'forbidden: the token does not belong to this account')
    if (ids.clusterId !== this.clusterId) fail(404, 'cluster not found')
  }
}
