/**
 * The routes that need no token: onboarding (`tenant/http_server_onboarding.go`,
 * `tenant/service_onboarding.go`), `/health` (`http/health.go` of v2.9.1) and `/ping`
 * (`http/legacy/ping_handler.go`, headers from `http/handler.go`).
 */
import { INSTANCE, operatorPermissions } from './permissions'
import { authBody, bucketBody, orgBody, userBody } from './responses'
import type { RouteContext, ServerState } from './server-state'
import { fail, isRecord, jsonResponse, noContent, readJson } from './wire-format'

/** Setup is allowed while the server has neither users nor orgs. */
function setupAllowed(state: ServerState): boolean {
  return state.store.users.size === 0 && state.store.orgs.size === 0
}

function isOnboarding(context: RouteContext): Response {
  return jsonResponse(200, { allowed: setupAllowed(context.state) })
}

/** Creates user, org, bucket and the operator token (every type but `instance`, read and write, in no org). */
async function onboard(context: RouteContext): Promise<Response> {
  const input = await readJson(context.request, 'invalid json')
  const { state } = context
  if (!setupAllowed(state)) fail('conflict', 'onboarding has already been completed')
  const body = isRecord(input) ? input : {}
  const text = (key: string) => (typeof body[key] === 'string' ? body[key] : '')
  const missing = ['username', 'org', 'bucket'].filter((key) => text(key) === '')
  if (missing.length > 0) fail('unprocessable entity', `onboarding failed: missing required fields [${missing.join(',')}]`)
  const seconds = typeof body.retentionPeriodSeconds === 'number' ? body.retentionPeriodSeconds : 0
  const hours = typeof body.retentionPeriodHrs === 'number' ? body.retentionPeriodHrs : 0
  const { store } = state
  const user = store.addUser(text('username'))
  const org = store.addOrg(text('org'))
  store.addSystemBuckets(org.id)
  const bucket = store.addBucket(org.id, text('bucket'), seconds > 0 ? seconds : Math.round(hours * 3600))
  const auth = store.addAuth({
    status: 'active',
    description: `${user.name}'s Token`,
    orgID: org.id,
    userID: user.id,
    permissions: operatorPermissions(state.resourceTypes.filter((type) => type !== INSTANCE)),
    ...(text('token') === '' ? {} : { token: text('token') }),
  })
  return jsonResponse(201, {
    user: userBody(user),
    bucket: bucketBody(bucket),
    org: orgBody(org),
    auth: authBody(state, auth, true),
  })
}

/** OSS's `/health`; Cloud's body is unverified, so the `cloud-serverless` flavor sends no version there. */
function health(context: RouteContext): Response {
  const { version, commit } = context.state
  return jsonResponse(200, {
    name: 'influxdb',
    message: 'ready for queries and writes',
    status: 'pass',
    checks: [],
    version: version === '' ? undefined : version,
    commit: commit === '' ? undefined : commit,
  })
}

/**
 * 204 with `X-Influxdb-Build` and (OSS only) `X-Influxdb-Version`. Cloud sends no version (its
 * API reference says so); that its build header reads `Cloud` is unverified.
 */
function ping(context: RouteContext): Response {
  const { flavor, version } = context.state
  return noContent(
    flavor === 'influxdb2' ? { 'X-Influxdb-Build': 'OSS', 'X-Influxdb-Version': version } : { 'X-Influxdb-Build': 'Cloud' },
  )
}

export const publicRoutes = [
  { method: 'GET', path: '/api/v2/setup', handler: isOnboarding },
  { method: 'POST', path: '/api/v2/setup', handler: onboard },
  { method: 'GET', path: '/health', handler: health },
  { method: 'GET', path: '/ping', handler: ping },
  { method: 'HEAD', path: '/ping', handler: ping },
] as const
