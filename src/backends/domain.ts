/** Domain types the console works with: camelCase, parsed dates, structured permissions. */
import type { Permission } from '../lib/permission'

/**
 * The edition the server says it is: InfluxDB 3 Core or Enterprise; InfluxDB 2 OSS (`influxdb2`);
 * InfluxDB Cloud on the v2 API (`cloud-serverless`: Serverless and TSM answer alike); or unknown.
 */
export type Product = 'core' | 'enterprise' | 'influxdb2' | 'cloud-serverless' | 'unknown'

export interface ServerInfo {
  product: Product
  /** As the server names itself, e.g. "InfluxDB 3 Enterprise"; absent before 3.9. */
  productName: string | undefined
  version: string
  revision: string | undefined
}

export interface Token {
  /** The server's id as text: InfluxDB 3's number, InfluxDB 2's 16 hex digits, a UUID. */
  id: string
  name: string
  /**
   * First 9 hex characters of the SHA-512 hash; absent when the server runs without auth, or
   * shows no hash (the management API).
   */
  fingerprint: string | undefined
  /**
   * Milliseconds since the epoch (UTC). Numbers rather than Dates: a list of 10 000 tokens
   * keeps one number per time instead of one object (docs/performance.md, heap).
   */
  createdAt: number
  /** Milliseconds since the epoch (UTC); absent when the token never expires. */
  expiresAt: number | undefined
  /**
   * Shared between tokens with the same text: never mutate. Null when the console cannot read
   * the server's text (the format of Enterprise resource tokens is unverified: no public source shows one):
   * one such token must not hide the others, so it is listed with `permissionsText` as is.
   */
  permissions: readonly Permission[] | null
  /** The permissions exactly as the server wrote them. */
  permissionsText: string
  /**
   * Absent or `active` for a token that works (unless `expiresAt` has passed); `inactive` for one
   * switched off (InfluxDB 2, `tokens.setStatus`); `revoked` where removing revokes
   * (`Backend.tokens.revokes`): the management API keeps a revoked token listed, with `revokedAt`.
   */
  status?: TokenStatus | undefined
  /** Milliseconds since the epoch of the last change (InfluxDB 2's `updatedAt`); it is not "last used". */
  updatedAt?: number
  /** The user who owns the token (InfluxDB 2); absent where tokens have no owner. */
  owner?: { id: string; name: string }
  /**
   * `yes` when the product can tell this is the token the console is connected with; `maybe` when
   * it cannot tell and this one could be it (InfluxDB 2.9+ and Cloud list no strings). Absent
   * otherwise (InfluxDB 3 tells by fingerprint instead).
   */
  session?: 'yes' | 'maybe' | undefined
  /** Milliseconds since the epoch (UTC) when the token was revoked; absent otherwise. */
  revokedAt?: number | undefined
}

export type TokenStatus = 'active' | 'inactive' | 'revoked'

/** What a create or regenerate returns: the only time the secret exists outside the caller. */
export interface CreatedToken {
  id: string
  name: string
  /** The raw token string. Show it once, then drop it. */
  secret: string
  /** Full lowercase hex SHA-512 of the secret. */
  hash: string
  createdAt: Date
  expiresAt: Date | undefined
}

export interface Database {
  name: string
  /** Seconds; undefined means infinite retention (or unknown when `retentionKnown` is false). */
  retentionSeconds: number | undefined
  /** Undefined where the product does not count tables (InfluxDB 2 buckets, the management API). */
  tableCount: number | undefined
  deleted: boolean
  /** When a soft-deleted database will be removed for good. */
  hardDeletionAt: Date | undefined
  /** The server's own database (InfluxDB 3's `_internal`, InfluxDB 2's `_monitoring` and `_tasks`). */
  isSystem: boolean
  /** Present where the product limits each database (the management API). */
  limits?: DatabaseLimits | undefined
}

/** A database's limits (the management API's `maxTables`, `maxColumnsPerTable`). */
export interface DatabaseLimits {
  maxTables: number
  maxColumnsPerTable: number
}

/** When the server removes a deleted database's data for good. */
export type HardDelete = 'default' | 'now' | 'never' | Date
