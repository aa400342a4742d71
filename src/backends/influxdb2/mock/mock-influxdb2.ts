/**
 * The mock InfluxDB 2 (OSS 2.x) or InfluxDB Cloud on the v2 API, as one fetch-style function:
 * `handle(Request) => Response`. MSW (tests, the browser demo) and the standalone Node server
 * pass every request here. Facts read from influxdata/influxdb
 * `main-2.x`. The pipeline follows the server's: CORS (`kit/transport/http/middleware.go`),
 * authentication (`http/authentication_middleware.go`, `http/tokens.go`), routing, errors.
 */
import { CLOUD_RESOURCE_TYPES, OSS_RESOURCE_TYPES } from './permissions'
import { authorizationRoutes } from './routes-authorizations'
import { bucketRoutes } from './routes-buckets'
import { publicRoutes } from './routes-public'
import { telegrafRoutes } from './routes-telegrafs'
import { tenantRoutes } from './routes-tenant'
import type { Caller, Flavor, RouteContext, ServerState, TokenDisplay } from './server-state'
import { Store } from './store'
import { errorResponse, fail, noContent, PlatformError, UNAUTHORIZED_ACCESS } from './wire-format'

export type { Flavor, TokenDisplay } from './server-state'

export interface MockInfluxdb2Options {
  flavor: Flavor
  /** Default: `oss-hashed` (2.9+) for `influxdb2`, `cloud` for `cloud-serverless`. */
  tokenDisplay?: TokenDisplay
  /** What `/api/v2/resources` answers and creates accept; Cloud's real list is unverified. */
  resourceTypes?: readonly string[]
  /** Epoch ms; tests inject a clock. */
  now?: () => number
}

interface Route {
  method: string
  pattern: RegExp
  handler: (context: RouteContext) => Response | Promise<Response>
  public: boolean
}

function compile(routes: readonly { method: string; path: string; handler: Route['handler'] }[], isPublic: boolean): Route[] {
  return routes.map(({ method, path, handler }) => ({
    method,
    pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}/?$`),
    handler,
    public: isPublic,
  }))
}

const ROUTES: Route[] = [
  ...compile(publicRoutes, true),
  ...compile(authorizationRoutes, false),
  ...compile(bucketRoutes, false),
  ...compile(telegrafRoutes, false),
  ...compile(tenantRoutes, false),
]

const CORS_PREFLIGHT = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, PUT, DELETE, PATCH',
  'Access-Control-Allow-Headers': 'Accept, Content-Type, Content-Length, Accept-Encoding, Authorization, User-Agent',
}

/** `Token t` or `Bearer t`: the scheme in any case, exactly one space (`http/tokens.go` `GetToken`). */
function tokenFrom(header: string | null): string | null {
  const match = header === null ? null : /^(token|bearer) ([^ ]+)$/i.exec(header)
  return match?.[2] ?? null
}

export class MockInfluxdb2 {
  private readonly state: ServerState

  constructor(options: MockInfluxdb2Options) {
    const now = options.now ?? Date.now
    const cloud = options.flavor === 'cloud-serverless'
    this.state = {
      flavor: options.flavor,
      tokenDisplay: options.tokenDisplay ?? (cloud ? 'cloud' : 'oss-hashed'),
      resourceTypes: options.resourceTypes ?? (cloud ? CLOUD_RESOURCE_TYPES : OSS_RESOURCE_TYPES),
      version: cloud ? '' : 'v2.9.1',
      commit: cloud ? '' : 'd4fa1941fd',
      now,
      store: new Store(now),
    }
  }

  get flavor(): Flavor {
    return this.state.flavor
  }

  /** The data, for seeds and tests: they bypass HTTP and permission checks. */
  get store(): Store {
    return this.state.store
  }

  get resourceTypes(): readonly string[] {
    return this.state.resourceTypes
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const origin = request.headers.get('origin')
    // OSS sets CORS on its API handler only (`/api/v2`, `/private`), not on /ping or /health.
    const cors = origin !== null && url.pathname.startsWith('/api/')
    if (request.method === 'OPTIONS' && url.pathname.startsWith('/api/')) {
      return noContent({ ...(cors ? { 'Access-Control-Allow-Origin': origin } : {}), ...CORS_PREFLIGHT })
    }
    const response = await this.respond(request, url)
    if (cors) response.headers.set('Access-Control-Allow-Origin', origin)
    return response
  }

  private async respond(request: Request, url: URL): Promise<Response> {
    try {
      const candidates = ROUTES.filter((route) => route.pattern.test(url.pathname))
      if (candidates.length === 0) fail('not found', 'path not found')
      const route = candidates.find((candidate) => candidate.method === request.method)
      if (route === undefined) return fail('method not allowed', 'method not allowed')
      const caller = route.public ? null : this.authenticate(request)
      const params = route.pattern.exec(url.pathname)?.groups ?? {}
      return await route.handler({ request, url, params, caller, state: this.state })
    } catch (error) {
      if (error instanceof PlatformError) return errorResponse(error)
      // An error without a platform code: 500, its text as the message (`error_handler.go`).
      return errorResponse(new PlatformError('internal error', error instanceof Error ? error.message : String(error)))
    }
  }

  /** 401 `unauthorized access` for no, malformed or unknown tokens; 403 when the owner is gone or inactive. */
  private authenticate(request: Request): Caller {
    const token = tokenFrom(request.headers.get('authorization'))
    const auth = token === null ? undefined : this.state.store.authByToken(token)
    if (auth === undefined) return fail('unauthorized', UNAUTHORIZED_ACCESS)
    const user = this.state.store.users.get(auth.userID)
    if (user === undefined || user.status !== 'active') return fail('forbidden', 'User is inactive')
    return { auth, user }
  }
}
