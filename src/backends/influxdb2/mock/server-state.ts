/** What every route of the mock InfluxDB 2 sees: the data, the options, and who is calling. */
import { allowed, type Permission, permissionText } from './permissions'
import type { AuthRecord, Store, UserRecord } from './store'
import { fail } from './wire-format'

/** `influxdb2`: OSS 2.x. `cloud-serverless`: InfluxDB Cloud on the v2 API (Serverless and TSM answer alike). */
export type Flavor = 'influxdb2' | 'cloud-serverless'

/**
 * How list and get show a token's string after its creation (influxdata/influxdb `authorization/service.go`; InfluxData docs, "View tokens"); the
 * create answer always carries it. `oss-legacy`: raw (OSS ≤ 2.7, or hashing off);
 * `oss-hashed`: `""` (OSS 2.9+ default); `cloud`: `"redacted"` (Cloud specs say so; the exact
 * literal is unverified).
 */
export type TokenDisplay = 'oss-legacy' | 'oss-hashed' | 'cloud'

export interface ServerState {
  flavor: Flavor
  tokenDisplay: TokenDisplay
  resourceTypes: readonly string[]
  /** As `/health` and `X-Influxdb-Version` say it; Cloud sends no version. */
  version: string
  commit: string
  now: () => number
  store: Store
}

export interface Caller {
  auth: AuthRecord
  user: UserRecord
}

export interface RouteContext {
  request: Request
  url: URL
  params: Record<string, string>
  /** Null only on routes that need no token. */
  caller: Caller | null
  state: ServerState
}

export function callerOf(context: RouteContext): Caller {
  if (context.caller === null) throw new Error('this route needs an authenticated caller')
  return context.caller
}

/** An explicit check: 401 `token is inactive`, or 401 `<permission> is unauthorized` (`authorizer/authorize.go`). */
export function authorize(caller: Caller, wanted: Permission): void {
  if (caller.auth.status !== 'active') fail('unauthorized', 'token is inactive')
  if (!allowed(caller.auth.permissions, wanted)) fail('unauthorized', `${permissionText(wanted)} is unauthorized`)
}

/** A list's silent filter (`authorizer/authorize_find.go`): what fails a check is left out, no error. */
export function mayRead(caller: Caller, ...wanted: Permission[]): boolean {
  return caller.auth.status === 'active' && wanted.every((permission) => allowed(caller.auth.permissions, permission))
}

export const read = (type: string, ids: { id?: string; orgID?: string } = {}): Permission => ({
  action: 'read',
  resource: { type, ...ids },
})
export const write = (type: string, ids: { id?: string; orgID?: string } = {}): Permission => ({
  action: 'write',
  resource: { type, ...ids },
})
