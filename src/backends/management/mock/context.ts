/** What the mock's route modules share: the state and one request's context. */
import type { ManagementStore, WireIds } from './store'

export interface MockState {
  readonly store: ManagementStore
  /** Epoch ms. */
  readonly now: () => number
}

export interface RouteContext {
  readonly request: Request
  readonly state: MockState
  /** The ids answers carry: the path's on the Dedicated-shaped layout, none on Clustered's documented one. */
  readonly ids: WireIds | null
  /** The token id or database name after the collection, decoded; null on the collection itself. */
  readonly key: string | null
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>

/** Handlers of one collection (`tokens`, `databases`) by method, on the collection and on one item. */
export interface Collection {
  list: Partial<Record<string, RouteHandler>>
  item: Partial<Record<string, RouteHandler>>
}
