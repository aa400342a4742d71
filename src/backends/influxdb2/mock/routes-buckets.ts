/**
 * `/api/v2/buckets` (influxdata/influxdb `tenant/http_server_bucket.go`, `paging.go`): lists
 * filtered by read permission and paged (default 20, at most 100: anything else is 400),
 * create, get, PATCH of name, description and retention, delete.
 */
import { bucketBody } from './responses'
import { authorize, callerOf, mayRead, read, type RouteContext, write } from './server-state'
import { type BucketRecord, shardGroupSeconds } from './store'
import { fail, isRecord, jsonResponse, noContent, parseId, readJson } from './wire-format'

const DEFAULT_PAGE = 20
const MAX_PAGE = 100

function integer(text: string | null, message: string): number | undefined {
  if (text === null || text === '') return undefined
  return /^-?\d+$/.test(text) ? Number(text) : fail('invalid', message)
}

/**
 * `limit` from 1 to 100 (`paging.go`). Cloud's own UI asks `limit=-1` for all; that Cloud
 * accepts it is inferred from influxdata/ui, so only the `cloud-serverless` flavor does.
 */
function pageLimit(context: RouteContext): number {
  const limit = integer(context.url.searchParams.get('limit'), 'limit is invalid')
  if (limit === undefined) return DEFAULT_PAGE
  if (limit === -1 && context.state.flavor === 'cloud-serverless') return Number.POSITIVE_INFINITY
  return limit < 1 || limit > MAX_PAGE ? fail('invalid', `limit must be between 1 and ${MAX_PAGE}`) : limit
}

function pageLinks(context: RouteContext, offset: number, limit: number, count: number) {
  const link = (at: number) => {
    const params = new URLSearchParams(context.url.searchParams)
    params.set('offset', String(at))
    if (Number.isFinite(limit)) params.set('limit', String(limit))
    return `/api/v2/buckets?${params.toString()}`
  }
  return {
    prev: offset > 0 && Number.isFinite(limit) ? link(Math.max(0, offset - limit)) : undefined,
    self: link(offset),
    next: count >= limit ? link(offset + limit) : undefined,
  }
}

function list(context: RouteContext): Response {
  const caller = callerOf(context)
  const { store } = context.state
  const query = context.url.searchParams
  const offset = integer(query.get('offset'), 'offset is invalid') ?? 0
  const limit = pageLimit(context)
  const after = query.get('after') ? parseId(query.get('after')) : undefined
  let orgID = query.get('orgID') ? parseId(query.get('orgID')) : undefined
  const orgName = query.get('org')
  if (orgID === undefined && orgName)
    orgID = (store.orgNamed(orgName) ?? fail('not found', `organization name "${orgName}" not found`)).id
  const id = query.get('id') ? parseId(query.get('id')) : undefined
  const name = query.get('name')
  let all = [...store.buckets.values()].filter(
    (b) => (orgID === undefined || b.orgID === orgID) && (id === undefined || b.id === id) && (!name || b.name === name),
  )
  // Lookups by id, or by name within an org, answer 404 rather than an empty list (`tenant/service_bucket.go` `FindBuckets`).
  if (id !== undefined && all.length === 0) fail('not found', 'bucket not found')
  if (name && orgID !== undefined && all.length === 0) fail('not found', `bucket "${name}" not found`)
  all = all.filter((b) => mayRead(caller, read('buckets', { id: b.id, orgID: b.orgID })))
  if (after !== undefined) all = all.slice(all.findIndex((b) => b.id === after) + 1)
  const page = all.slice(offset, offset + limit)
  return jsonResponse(200, { links: pageLinks(context, offset, limit, page.length), buckets: page.map(bucketBody) })
}

interface RetentionInput {
  everySeconds?: number
  shardGroupSeconds?: number
}

function retention(value: unknown): RetentionInput | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined
  if (value.length > 1) fail('unprocessable entity', 'buckets cannot have more than one retention rule at this time')
  const rule = isRecord(value[0]) ? value[0] : {}
  const every = typeof rule.everySeconds === 'number' ? rule.everySeconds : undefined
  const shard = typeof rule.shardGroupDurationSeconds === 'number' ? rule.shardGroupDurationSeconds : undefined
  if (every !== undefined && every < 0) fail('unprocessable entity', 'expiration seconds cannot be negative')
  if (shard !== undefined && shard < 0) fail('unprocessable entity', 'shard-group duration seconds cannot be negative')
  return { everySeconds: every, shardGroupSeconds: shard }
}

async function create(context: RouteContext): Promise<Response> {
  const input = await readJson(context.request, 'invalid json')
  const body = isRecord(input) ? input : {}
  const orgID =
    typeof body.orgID === 'string' && body.orgID !== ''
      ? parseId(body.orgID)
      : fail('invalid', 'organization id must be provided')
  const rule = retention(body.retentionRules)
  authorize(callerOf(context), write('buckets', { orgID }))
  const { store } = context.state
  if (!store.orgs.has(orgID)) fail('not found', 'organization not found')
  const name = typeof body.name === 'string' ? body.name.trim() : ''
  if (name === '') fail('invalid', 'name is empty')
  if (name.startsWith('_')) fail('invalid', `bucket name ${name} is invalid. Buckets may not start with underscore`)
  if (store.bucketNamed(orgID, name)) fail('conflict', `bucket with name ${name} already exists`)
  const description = typeof body.description === 'string' ? body.description : ''
  const bucket = store.addBucket(orgID, name, rule?.everySeconds ?? 0, 'user', description)
  if (rule?.shardGroupSeconds) bucket.shardGroupSeconds = rule.shardGroupSeconds
  return jsonResponse(201, bucketBody(bucket))
}

function find(context: RouteContext): BucketRecord {
  return context.state.store.buckets.get(parseId(context.params.id)) ?? fail('not found', 'bucket not found')
}

function get(context: RouteContext): Response {
  const bucket = find(context)
  authorize(callerOf(context), read('buckets', { id: bucket.id, orgID: bucket.orgID }))
  return jsonResponse(200, bucketBody(bucket))
}

async function update(context: RouteContext): Promise<Response> {
  const input = await readJson(context.request, 'invalid json')
  const bucket = find(context)
  authorize(callerOf(context), write('buckets', { id: bucket.id, orgID: bucket.orgID }))
  const body = isRecord(input) ? input : {}
  const rule = retention(body.retentionRules)
  if (typeof body.name === 'string' && body.name !== bucket.name) {
    if (bucket.type === 'system') fail('invalid', 'system buckets cannot be renamed')
    if (context.state.store.bucketNamed(bucket.orgID, body.name)) fail('conflict', `bucket with name ${body.name} already exists`)
    bucket.name = body.name
  }
  if (typeof body.description === 'string') bucket.description = body.description
  if (rule?.everySeconds !== undefined) {
    bucket.retentionSeconds = rule.everySeconds
    bucket.shardGroupSeconds = rule.shardGroupSeconds ?? shardGroupSeconds(rule.everySeconds)
  }
  context.state.store.touch(bucket)
  return jsonResponse(200, bucketBody(bucket))
}

function remove(context: RouteContext): Response {
  const bucket = find(context)
  authorize(callerOf(context), write('buckets', { id: bucket.id, orgID: bucket.orgID }))
  if (bucket.type === 'system') fail('invalid', 'system buckets cannot be deleted')
  context.state.store.buckets.delete(bucket.id)
  return noContent()
}

export const bucketRoutes = [
  { method: 'GET', path: '/api/v2/buckets', handler: list },
  { method: 'POST', path: '/api/v2/buckets', handler: create },
  { method: 'GET', path: '/api/v2/buckets/:id', handler: get },
  { method: 'PATCH', path: '/api/v2/buckets/:id', handler: update },
  { method: 'DELETE', path: '/api/v2/buckets/:id', handler: remove },
] as const
