/**
 * `/api/v3/query_sql` (GET and POST): SQL over the `system.*` tables of `_internal`.
 */
import { requireDatabase } from './authz'
import { formatFromAccept, type OutputFormat, parseOutputFormat, recordsResponse } from './output-format'
import { describeJsonValue, readJsonBody, requireQueryParam } from './request-input'
import { fail, HttpError, serdeJsonError } from './responses'
import type { RouteContext, RouteTable } from './server-state'
import { executeSql, resultToJsonRows, type SqlParams } from './sql'
import { SqlError } from './sql-parse'
import { systemTableResolver } from './system-tables'

const SELECT_ONE = /^\s*select\s+1\s*;?\s*$/i

interface QueryInput {
  db: string
  q: string
  format: OutputFormat | null
  params: SqlParams
}

/** Parameters must be scalars; anything else is beyond the mock. */
function sqlParams(value: unknown, invalid: (value: unknown) => never): SqlParams {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) return invalid(value)
  const params: Record<string, string | number | boolean | null> = {}
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item !== null && typeof item === 'object') {
      return fail(
        400,
        `query error: the mock InfluxDB 3 server supports only string, number, boolean and null parameters ($${key})`,
      )
    }
    params[key] = item as string | number | boolean | null
  }
  return params
}

function inputFromUrl(url: URL): QueryInput {
  const db = requireQueryParam(url, 'db')
  const q = requireQueryParam(url, 'q')
  const format = url.searchParams.get('format')
  const paramsText = url.searchParams.get('params')
  let params: unknown = null
  if (paramsText !== null) {
    try {
      params = JSON.parse(paramsText)
    } catch {
      return fail(400, 'serde error: params is not valid JSON')
    }
  }
  const invalid = (value: unknown): never => fail(400, `serde error: invalid type: ${describeJsonValue(value)}, expected a map`)
  return { db, q, format: format === null ? null : parseOutputFormat(format), params: sqlParams(params, invalid) }
}

async function inputFromBody(request: Request): Promise<QueryInput> {
  const body = await readJsonBody(request, 'QueryRequest')
  const db = body.string('db')
  const q = body.string('q')
  const format = body.optionalString('format')
  const params = sqlParams(body.value.params, (value) => body.invalidType(value, 'a map'))
  return { db, q, format: format === null ? null : parseOutputFormat(format), params }
}

async function querySql({ state, caller, request, url }: RouteContext): Promise<Response> {
  const input = request.method === 'GET' ? inputFromUrl(url) : await inputFromBody(request)
  const db = state.databases.active(input.db)
  if (db === undefined) throw new HttpError(serdeJsonError(404, `query error: database not found: ${input.db}`))
  requireDatabase(state.flavor, caller, db, 'read')
  const format = input.format ?? formatFromAccept(request.headers.get('accept'))
  // The harmless probe a client runs to check it may read a database: DataFusion names the
  // column after the literal.
  if (SELECT_ONE.test(input.q)) return recordsResponse(format, [{ 'Int64(1)': 1 }])
  try {
    const result = executeSql(input.q, input.params, systemTableResolver(state, db.name), new Date(state.now()))
    return recordsResponse(format, resultToJsonRows(result))
  } catch (error) {
    if (!(error instanceof SqlError)) throw error
    // Since 3.9.6 the server answers planning errors with 400 (500 before).
    if (error.kind === 'planning') return fail(400, `query error: error while planning query: ${error.detail}`)
    return fail(
      400,
      `query error: the mock InfluxDB 3 server does not support ${error.detail}; it answers SELECT on system.tokens, system.databases and system.tables of _internal (columns or COUNT(*), WHERE, GROUP BY, ORDER BY, LIMIT)`,
    )
  }
}

export function queryRoutes(): RouteTable {
  return { '/api/v3/query_sql': { GET: querySql, POST: querySql } }
}
