/**
 * `system.tokens`, `system.databases` and `system.tables` of `_internal`, built from the mock's
 * state with the real columns and their JSON renderings (`system.tokens`, `system.databases`, `system.tables`; influxdata/influxdb `influxdb3_system_tables`).
 */
import { formatNaiveUtc, formatRfc3339 } from '../../../lib/time'
import { INTERNAL_DB } from './database-store'
import { renderPermissions } from './resource-permissions'
import type { ServerState } from './server-state'
import type { SqlColumn, SqlTable, SqlValue } from './sql'
import { SqlError } from './sql-parse'
import type { TokenRecord } from './token-store'

/**
 * Memoized per Date: the rows below keep their Dates, so a table queried again renders each
 * timestamp once (at 10 000 tokens rendering them was a fifth of the query's time).
 */
function memoByDate(render: (date: Date) => string): (date: Date) => string {
  const rendered = new WeakMap<Date, string>()
  return (date) => {
    let text = rendered.get(date)
    if (text === undefined) {
      text = render(date)
      rendered.set(date, text)
    }
    return text
  }
}

/** Timestamp(ms) without zone: printed naive, though the value is UTC. */
const naiveMs = { renderTimestamp: memoByDate(formatNaiveUtc) }
/** Timestamp(s, "UTC"): RFC 3339 with `Z`, whole seconds. */
const utcSeconds = { renderTimestamp: (date: Date) => formatRfc3339(new Date(Math.floor(date.getTime() / 1000) * 1000)) }

function date(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms)
}

/**
 * What a token's `system.tokens` row needs that is costly to make: its Dates (so the memoized
 * rendering above finds them again) and its permission text. Regenerating changes `updatedAt`,
 * so that one is checked; the rest of a record never changes.
 */
interface TokenRowParts {
  createdAt: Date
  expiry: Date | null
  updatedMs: number | null
  updatedAt: Date | null
  permissions: string
}
const tokenRowParts = new WeakMap<TokenRecord, TokenRowParts>()

function partsOf(token: TokenRecord): TokenRowParts {
  let parts = tokenRowParts.get(token)
  if (!parts) {
    parts = {
      createdAt: new Date(token.createdAt),
      expiry: date(token.expiry),
      updatedMs: token.updatedAt,
      updatedAt: date(token.updatedAt),
      permissions: renderPermissions(token.permissions),
    }
    tokenRowParts.set(token, parts)
  } else if (parts.updatedMs !== token.updatedAt) {
    parts.updatedMs = token.updatedAt
    parts.updatedAt = date(token.updatedAt)
  }
  return parts
}

function tokensTable(state: ServerState): SqlTable {
  const withHash = !state.withoutAuth
  const columns: SqlColumn[] = [
    { name: 'token_id' },
    { name: 'name' },
    ...(withHash ? [{ name: 'hash' }] : []),
    { name: 'created_at', ...naiveMs },
    { name: 'description' },
    { name: 'created_by_token_id' },
    { name: 'updated_at', ...naiveMs },
    { name: 'updated_by_token_id' },
    { name: 'expiry', ...naiveMs },
    { name: 'permissions' },
  ]
  const rows: SqlValue[][] = []
  for (const token of state.tokens.all()) {
    const parts = partsOf(token)
    rows.push([
      token.id,
      token.name,
      ...(withHash ? [token.hash.slice(0, 9)] : []),
      parts.createdAt,
      token.description,
      token.createdBy,
      parts.updatedAt,
      token.updatedBy,
      parts.expiry,
      parts.permissions,
    ])
  }
  return { columns, rows }
}

function databasesTable(state: ServerState): SqlTable {
  const columns: SqlColumn[] = [
    { name: 'database_name' },
    { name: 'retention_period_ns' },
    { name: 'deleted' },
    { name: 'hard_deletion_time', ...utcSeconds },
  ]
  const rows = [...state.databases.all()].map((db) => [db.name, db.retentionNs, db.deleted, date(db.hardDeletionTime)])
  return { columns, rows }
}

/** Tables of a soft-deleted database carry its new name, deleted flag and deletion time. */
function tablesTable(state: ServerState): SqlTable {
  const columns: SqlColumn[] = [
    { name: 'database_name' },
    { name: 'table_name' },
    { name: 'column_count' },
    { name: 'series_key_columns' },
    { name: 'last_cache_count' },
    { name: 'distinct_cache_count' },
    { name: 'deleted' },
    { name: 'hard_deletion_time', ...utcSeconds },
  ]
  const rows: SqlValue[][] = []
  for (const db of state.databases.all()) {
    for (const table of db.tables) {
      rows.push([
        db.name,
        table.name,
        table.columnCount,
        table.seriesKeyColumns.join(', '),
        table.lastCacheCount,
        table.distinctCacheCount,
        db.deleted,
        date(db.hardDeletionTime),
      ])
    }
  }
  return { columns, rows }
}

const BUILDERS: Record<string, (state: ServerState) => SqlTable> = {
  tokens: tokensTable,
  databases: databasesTable,
  tables: tablesTable,
}

/** System tables the real `_internal` has and the mock does not fill. */
const OTHER_SYSTEM_TABLES = new Set([
  'queries',
  'last_caches',
  'distinct_caches',
  'parquet_files',
  'processing_engine_triggers',
  'processing_engine_logs',
  'processing_engine_trigger_arguments',
  'nodes',
  'plugin_files',
  'generation_durations',
  'compaction_events',
  'influxdb_schema',
])

function notFound(schema: string | null, name: string): never {
  throw new SqlError('planning', `Error during planning: table 'public.${schema ?? 'iox'}.${name}' not found`)
}

/**
 * Resolves a table of a query against `database`. Only `_internal` has the system tables; the
 * mock holds no time series, so user tables cannot be answered.
 */
export function systemTableResolver(state: ServerState, database: string) {
  return (schema: string | null, name: string): SqlTable => {
    const builder = BUILDERS[name]
    if (schema === 'system' && database === INTERNAL_DB) {
      if (builder) return builder(state)
      if (OTHER_SYSTEM_TABLES.has(name)) throw new SqlError('unsupported', `the table system.${name}`)
      return notFound(schema, name)
    }
    if (schema === 'system' && builder) return notFound(schema, name)
    if (database === INTERNAL_DB) return notFound(schema, name)
    throw new SqlError('unsupported', `tables with time series data (it stores none)`)
  }
}
