/**
 * Wire shapes of the InfluxDB 3 HTTP API (InfluxData's InfluxDB 3 HTTP API reference, checked against influxdata/influxdb `influxdb3_server/src/http.rs`), as zod schemas.
 * Only src/api/ and the mock use these; the rest of the console sees the domain types of
 * src/api/types.ts. Nullable system-table columns are optional because the server omits
 * null columns from JSON rows instead of writing `null`.
 */
import * as z from 'zod/mini'

/** 201 body of every token create / regenerate (`influxdb3_server/src/http.rs`). */
export const tokenCreatedWire = z.object({
  id: z.number(),
  name: z.string(),
  token: z.string(),
  hash: z.string(),
  created_at: z.string(),
  expiry: z.nullable(z.string()),
})
export type TokenCreatedWire = z.infer<typeof tokenCreatedWire>

/** A row of `SELECT * FROM system.tokens`. */
export const tokenRowWire = z.object({
  token_id: z.number(),
  name: z.string(),
  hash: z.optional(z.string()),
  created_at: z.string(),
  description: z.optional(z.string()),
  created_by_token_id: z.optional(z.number()),
  updated_at: z.optional(z.string()),
  updated_by_token_id: z.optional(z.number()),
  expiry: z.optional(z.string()),
  permissions: z.string(),
})

/**
 * The columns of a `system.tokens` row the console reads. The list validates only these: with
 * no `eval` under the console's CSP, zod checks each key of each row one by one, and at 10 000
 * rows the four unused columns cost about a third of the validation (docs/performance.md).
 */
export const tokenListRowWire = z.pick(tokenRowWire, {
  token_id: true,
  name: true,
  hash: true,
  created_at: true,
  expiry: true,
  permissions: true,
})
export type TokenListRowWire = z.infer<typeof tokenListRowWire>

/** A row of `GET /api/v3/configure/database?format=json`. */
export const databaseListRowWire = z.object({
  'iox::database': z.string(),
  deleted: z.optional(z.boolean()),
})

/** A row of `system.databases`. */
export const systemDatabaseRowWire = z.object({
  database_name: z.string(),
  retention_period_ns: z.optional(z.number()),
  deleted: z.optional(z.boolean()),
  hard_deletion_time: z.optional(z.string()),
})

/** A row of `SELECT database_name, COUNT(*) AS table_count FROM system.tables ... GROUP BY database_name`. */
export const tableCountRowWire = z.object({
  database_name: z.string(),
  table_count: z.number(),
})

/** `/ping` body; `product_name` only since 3.9.0. */
export const pingWire = z.object({
  version: z.string(),
  revision: z.optional(z.string()),
  product_name: z.optional(z.string()),
  process_id: z.optional(z.string()),
})

/** Request bodies the console sends. */
/**
 * `expiry_secs` is left out for "never", as the `influxdb3` CLI does: the server treats null and
 * an absent field alike, and the CLI's form is the one the server is tested with.
 */
export interface CreateNamedAdminTokenBody {
  token_name: string
  expiry_secs?: number
}
export interface PermissionDetailsWire {
  resource_type: 'db' | 'system'
  resource_names: string[]
  actions: string[]
}
export interface CreateResourceTokenBody {
  token_name: string
  permissions: PermissionDetailsWire[]
  expiry_secs?: number
}
export interface CreateDatabaseBody {
  db: string
  retention_period?: string
}
export interface UpdateDatabaseBody {
  db: string
  retention_period?: string | null
}
