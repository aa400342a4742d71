/**
 * What the route modules of the mock share: the server's state and the per-request context.
 */
import type { Caller } from './authz'
import type { DatabaseStore } from './database-store'
import type { TokenStore } from './token-store'

export type Flavor = 'core' | 'enterprise'

export interface ServerState {
  readonly flavor: Flavor
  readonly withoutAuth: boolean
  readonly maxDatabases: number
  /** Epoch ms. */
  readonly now: () => number
  readonly tokens: TokenStore
  readonly databases: DatabaseStore
  readonly processId: string
  /** `http_requests_total` by `method path status`, for `/metrics`. */
  readonly requestCounts: Map<string, number>
}

export interface RouteContext {
  readonly request: Request
  readonly url: URL
  readonly caller: Caller
  readonly state: ServerState
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>

/** Handlers by exact path, then by method. */
export type RouteTable = Record<string, Partial<Record<string, RouteHandler>>>
