/**
 * Database endpoints (InfluxData docs "Manage databases"; `influxdb3_server/src/http.rs`): list, create, update retention, retention_period, delete.
 */
import { parseHumantime } from '../../../lib/duration'
import { requireAdmin } from './authz'
import { type DatabaseRecord, dbNameError, DEFAULT_HARD_DELETE_MS, INTERNAL_DB, secondsToNs } from './database-store'
import { parseOutputFormat, recordsResponse } from './output-format'
import { humantimeError, optionalBoolQueryParam, readJsonBody, requireJsonContentType, requireQueryParam } from './request-input'
import { emptyResponse, fail, HttpError, resourceNotFound, serdeJsonError } from './responses'
import type { RouteContext, RouteTable, ServerState } from './server-state'

/** A live database for modification: `_internal` is refused, an unknown name is 404. */
function modifiable(state: ServerState, name: string): DatabaseRecord {
  if (name === INTERNAL_DB) return fail(500, 'cannot modify internal db')
  return state.databases.active(name) ?? resourceNotFound(name)
}

function listDatabases({ state, caller, url }: RouteContext): Response {
  // Enterprise: who may list is undocumented; the mock requires an admin token, as for the
  // other database endpoints (resource tokens reach their databases through queries only).
  requireAdmin(state.flavor, caller)
  const format = parseOutputFormat(requireQueryParam(url, 'format'))
  const showDeleted = optionalBoolQueryParam(url, 'show_deleted')
  const rows = [...state.databases.all()]
    .filter((db) => showDeleted || !db.deleted)
    .sort((a, b) => Number(a.deleted) - Number(b.deleted) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((db) => (showDeleted ? { 'iox::database': db.name, deleted: db.deleted } : { 'iox::database': db.name }))
  return recordsResponse(format, rows)
}

async function createDatabase({ state, caller, request }: RouteContext): Promise<Response> {
  requireAdmin(state.flavor, caller)
  requireJsonContentType(request)
  const body = await readJsonBody(request, 'CreateDatabaseRequest')
  const name = body.string('db')
  const retentionSeconds = body.optionalDuration('retention_period')
  const nameError = dbNameError(name)
  if (nameError !== null) throw new HttpError(serdeJsonError(400, nameError))
  if (state.databases.active(name) !== undefined) return fail(409, 'attempted to create a resource that already exists')
  if (state.databases.userDatabaseCount() >= state.maxDatabases) {
    throw new HttpError(serdeJsonError(422, `Adding a new database would exceed limit of ${state.maxDatabases} databases`))
  }
  state.databases.create(name, secondsToNs(retentionSeconds))
  return emptyResponse(200)
}

async function updateDatabase({ state, caller, request }: RouteContext): Promise<Response> {
  requireAdmin(state.flavor, caller)
  requireJsonContentType(request)
  const body = await readJsonBody(request, 'UpdateDatabaseRequest')
  const name = body.string('db')
  const retentionSeconds = body.optionalDuration('retention_period')
  modifiable(state, name).retentionNs = secondsToNs(retentionSeconds)
  return emptyResponse(200)
}

function setRetentionPeriod({ state, caller, url }: RouteContext): Response {
  requireAdmin(state.flavor, caller)
  const name = requireQueryParam(url, 'db')
  const duration = requireQueryParam(url, 'duration')
  const seconds = parseHumantime(duration) ?? fail(400, `serde error: ${humantimeError(duration)}`)
  modifiable(state, name).retentionNs = secondsToNs(seconds)
  return emptyResponse(204)
}

function clearRetentionPeriod({ state, caller, url }: RouteContext): Response {
  requireAdmin(state.flavor, caller)
  modifiable(state, requireQueryParam(url, 'db')).retentionNs = null
  return emptyResponse(204)
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

/** `hard_delete_at`: epoch ms of the hard deletion, or null for never. */
function hardDeletionTime(value: string, now: number): number | null {
  if (value === 'never') return null
  if (value === 'now') return now
  if (value === 'default') return now + DEFAULT_HARD_DELETE_MS
  const at = RFC3339.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(at)) {
    return fail(
      400,
      `serde error: invalid value: string ${JSON.stringify(value)}, expected now, never, default or an RFC 3339 timestamp`,
    )
  }
  return Math.max(at, now)
}

function deleteDatabase({ state, caller, url }: RouteContext): Response {
  requireAdmin(state.flavor, caller)
  const name = requireQueryParam(url, 'db')
  const now = state.now()
  const hardDeleteAt = hardDeletionTime(url.searchParams.get('hard_delete_at') ?? 'default', now)
  if (name === INTERNAL_DB) return fail(500, 'cannot delete internal db')
  const db = state.databases.named(name) ?? resourceNotFound(name)
  // A hard deletion due now (or in the past) runs at once: the real server's background job
  // removes it moments later, and a UI should not show a database that is about to vanish.
  if (hardDeleteAt !== null && hardDeleteAt <= now) {
    state.databases.remove(db)
    return emptyResponse(200)
  }
  if (db.deleted) {
    // Deleting again (by the soft-deleted name) reschedules; an unchanged schedule is a conflict.
    // The 409's text is unverified; the mock reuses the catalog's "already exists" message.
    if (db.hardDeletionTime === hardDeleteAt) return fail(409, 'attempted to create a resource that already exists')
    db.hardDeletionTime = hardDeleteAt
    return emptyResponse(200)
  }
  state.databases.softDelete(db, now, hardDeleteAt)
  return emptyResponse(200)
}

export function databaseRoutes(): RouteTable {
  return {
    '/api/v3/configure/database': {
      GET: listDatabases,
      POST: createDatabase,
      PUT: updateDatabase,
      DELETE: deleteDatabase,
    },
    '/api/v3/configure/database/retention_period': {
      POST: setRetentionPeriod,
      DELETE: clearRetentionPeriod,
    },
  }
}
