/**
 * `system.tokens`, `system.databases` and `system.tables` of `_internal`, built from the mock's
 * state with the real columns and their JSON renderings (API doc §2.6, §4.2).
 */
import { formatNaiveUtc, formatRfc3339 } from '../lib/time'
import { renderPermissions } from './resource-permissions'
import type { ServerState } from './server-state'
import type { SqlColumn, SqlTable, SqlValue } from './sql'
import { SqlError } from './sql-parse'

/** Timestamp(ms) without zone: printed naive, though the value is UTC. */
const naiveMs = { renderTimestamp: formatNaiveUtc }
/** Timestamp(s, "UTC"): RFC 3339 with `Z`, whole seconds. */
const utcSeconds = { renderTimestamp: (date: Date) => formatRfc3339(new Date(Math.floor(date.getTime() / 1000) * 1000)) }

function date(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms)
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
    rows.push([
      token.id,
      token.name,
      ...(withHash ? [token.hash.slice(0, 9)] : []),
      new Date(token.createdAt),
      token.description,
      token.createdBy,
      date(token.updatedAt),
      token.updatedBy,
      date(token.expiry),
      renderPermissions(token.permissions),
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
  'queries', 'last_caches', 'distinct_caches', 'parquet_files', 'processing_engine_triggers',
  'processing_engine_logs', 'processing_engine_trigger_arguments', 'nodes', 'plugin_files',
  'generation_durations', 'compaction_events', 'influxdb_schema',
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
    if (schema === 'system' && database === '_internal') {
      if (builder) return builder(state)
      if (OTHER_SYSTEM_TABLES.has(name)) throw new SqlError('unsupported', `the table system.${name}`)
      return notFound(schema, name)
    }
    if (schema === 'system' && builder) return notFound(schema, name)
    if (database === '_internal') return notFound(schema, name)
    throw new SqlError('unsupported', `tables with time series data (it stores none)`)
  }
}
