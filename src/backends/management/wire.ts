/**
 * Wire shapes of the `/api/v0` management API of InfluxDB Cloud Dedicated and InfluxDB
 * Clustered, as zod schemas. Source: InfluxData's OpenAPI specs
 * `api-docs/influxdb3/cloud-dedicated/management/openapi.yml` and
 * `api-docs/influxdb3/clustered/management/openapi.yml` (docs-v2), operations
 * `GetDatabaseTokens`, `CreateDatabaseToken`, `GetDatabaseToken`, `UpdateDatabaseToken`,
 * `DeleteDatabaseToken`, `GetClusterDatabases`, `CreateClusterDatabase`,
 * `UpdateClusterDatabase`, `DeleteClusterDatabase`. Only this folder sees these names.
 */
import * as z from 'zod/mini'

/** `{action, resource}`; the spec leaves `action` an open string (read and write are documented). */
export const permissionWire = z.object({
  action: z.string(),
  /** A database name, or `*` for every database, including ones created later. */
  resource: z.string(),
})
export type PermissionWire = z.infer<typeof permissionWire>

/**
 * A database token as list, get and PATCH answer it. Clustered leaves out `accountId` and
 * `clusterId`. There is no `accessToken` here: zod drops unknown keys, so even a server that
 * sent the string again could not make the client return it from anything but create.
 */
export const tokenWire = z.object({
  id: z.string(),
  accountId: z.optional(z.string()),
  clusterId: z.optional(z.string()),
  description: z.string(),
  permissions: z.array(permissionWire),
  /** RFC 3339. */
  createdAt: z.string(),
  /** Absent (or null) for a token that never expires. */
  expiresAt: z.optional(z.nullable(z.string())),
  /** Set once revoked; the token stays listed. */
  revokedAt: z.optional(z.nullable(z.string())),
})
export type TokenWire = z.infer<typeof tokenWire>

/** The 200 answer of `CreateDatabaseToken`: the token, and its string this once. */
export const createdTokenWire = z.extend(tokenWire, { accessToken: z.string().check(z.minLength(1)) })

/** A database (`GetClusterDatabases` answers a top-level array of these). */
export const databaseWire = z.object({
  accountId: z.optional(z.string()),
  clusterId: z.optional(z.string()),
  name: z.string(),
  maxTables: z.number(),
  maxColumnsPerTable: z.number(),
  /** Nanoseconds; 0 is infinite. */
  retentionPeriod: z.number(),
  partitionTemplate: z.optional(z.unknown()),
})
export type DatabaseWire = z.infer<typeof databaseWire>

/** `components.schemas.Error`: `code` is the HTTP status as an integer (unlike InfluxDB 2's string). */
export const errorWire = z.object({ code: z.number(), message: z.string() })
export type ErrorWire = z.infer<typeof errorWire>

/** Request bodies the console sends. */
export interface CreateTokenBody {
  description: string
  permissions: PermissionWire[]
  /**
   * Only in the docs' prose and curl examples (`admin/tokens/database/create.md`), not in the
   * OpenAPI spec: `datetime` with `expiresAt`, `noExpiration` without. See client options.
   */
  expirationType?: 'datetime' | 'noExpiration'
  /** RFC 3339; absent for a token that never expires. */
  expiresAt?: string
}
/** At least one key (`minProperties: 1`); `permissions` replaces the whole set. */
export interface UpdateTokenBody {
  description?: string
  permissions?: PermissionWire[]
}
export interface CreateDatabaseBody {
  name: string
  maxTables?: number
  maxColumnsPerTable?: number
  retentionPeriod?: number
}
export interface UpdateDatabaseBody {
  maxTables?: number
  maxColumnsPerTable?: number
  retentionPeriod?: number
}
