/**
 * Databases (Cloud Dedicated OpenAPI `GetClusterDatabases`, `CreateClusterDatabase`,
 * `UpdateClusterDatabase`, `DeleteClusterDatabase`): what a token console needs of them. Names
 * follow InfluxData's MCP server's rule (`^[a-zA-Z0-9][a-zA-Z0-9\-_/]*$`, at most 64
 * characters); a duplicate name is a 409 (the spec documents 409 on create; its trigger is
 * inferred). Deleted databases leave the list (the API's `undelete` is not modelled).
 */
import type { Collection, RouteContext } from './context'
import { fail, json, noContent, NOT_FOUND, readObject } from './responses'
import { DATABASE_DEFAULTS, type DatabaseRecord, databaseToWire } from './store'

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_/]*$/
const TEMPLATE_PART_TYPES = new Set(['tag', 'time', 'bucket'])

function readInteger(
  body: Record<string, unknown>,
  field: 'maxTables' | 'maxColumnsPerTable' | 'retentionPeriod',
): number | undefined {
  const value = body[field]
  if (value === undefined) return undefined
  const min = field === 'retentionPeriod' ? 0 : 1
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    return fail(400, `${field} must be an integer of at least ${min}`)
  }
  return value
}

/** 1 to 8 parts, each `{type: tag|time|bucket, …}`; kept as sent. */
function readTemplate(value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined
  const valid =
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= 8 &&
    value.every((part: unknown) => TEMPLATE_PART_TYPES.has(String((part as { type?: unknown } | null)?.type)))
  return valid ? (value as unknown[]) : fail(400, 'partitionTemplate must have 1 to 8 parts of type tag, time or bucket')
}

function find({ state, key }: RouteContext): DatabaseRecord {
  const db = key === null ? undefined : state.store.databases.get(key)
  return db ?? fail(404, NOT_FOUND)
}

async function create({ state, request, ids }: RouteContext): Promise<Response> {
  const body = await readObject(request)
  const { name } = body
  if (typeof name !== 'string' || name.length < 1 || name.length > 64 || !NAME.test(name)) {
    return fail(400, 'name must be 1 to 64 letters, digits, -, _ or /, starting with a letter or digit')
  }
  const fields = {
    maxTables: readInteger(body, 'maxTables') ?? DATABASE_DEFAULTS.maxTables,
    maxColumnsPerTable: readInteger(body, 'maxColumnsPerTable') ?? DATABASE_DEFAULTS.maxColumnsPerTable,
    retentionPeriod: readInteger(body, 'retentionPeriod') ?? DATABASE_DEFAULTS.retentionPeriod,
    partitionTemplate: readTemplate(body.partitionTemplate),
  }
  if (state.store.databases.has(name)) return fail(409, 'database already exists')
  return json(200, databaseToWire(state.store.addDatabase(name, fields), ids))
}

async function update(context: RouteContext): Promise<Response> {
  const db = find(context)
  const body = await readObject(context.request)
  const maxTables = readInteger(body, 'maxTables')
  const maxColumnsPerTable = readInteger(body, 'maxColumnsPerTable')
  const retentionPeriod = readInteger(body, 'retentionPeriod')
  if (maxTables === undefined && maxColumnsPerTable === undefined && retentionPeriod === undefined) {
    return fail(400, 'give maxTables, maxColumnsPerTable or retentionPeriod')
  }
  if (maxTables !== undefined) db.maxTables = maxTables
  if (maxColumnsPerTable !== undefined) db.maxColumnsPerTable = maxColumnsPerTable
  if (retentionPeriod !== undefined) db.retentionPeriod = retentionPeriod
  return json(200, databaseToWire(db, context.ids))
}

export const databaseRoutes: Collection = {
  list: {
    GET: ({ state, ids }) =>
      json(
        200,
        [...state.store.databases.values()].map((db) => databaseToWire(db, ids)),
      ),
    POST: create,
  },
  item: {
    GET: (context) => json(200, databaseToWire(find(context), context.ids)),
    PATCH: update,
    DELETE: (context) => {
      context.state.store.databases.delete(find(context).name)
      return noContent()
    },
  },
}
