/**
 * The mock management API's state: database tokens (by id, in creation order) and databases
 * (by name). One store serves both Clustered path layouts. Token strings are never kept: a
 * created token's SHA-512 is, so the API can recognise (and refuse) one presented to it.
 */
import type { PermissionWire } from '../wire'

export interface TokenRecord {
  id: string
  description: string
  permissions: PermissionWire[]
  /** Epoch ms. */
  createdAt: number
  expiresAt: number | null
  revokedAt: number | null
  /** Null for seeded tokens, whose string never existed. */
  hash: string | null
}

export interface DatabaseRecord {
  name: string
  maxTables: number
  maxColumnsPerTable: number
  /** Nanoseconds; 0 is infinite. */
  retentionPeriod: number
  partitionTemplate: unknown[] | undefined
}

/** The spec's defaults (the create prose says 250 columns; the schema, and InfluxData's MCP server, 200). */
export const DATABASE_DEFAULTS = { maxTables: 500, maxColumnsPerTable: 200, retentionPeriod: 0 }

export class ManagementStore {
  readonly tokens = new Map<string, TokenRecord>()
  readonly databases = new Map<string, DatabaseRecord>()
  private readonly hashes = new Set<string>()

  addToken(record: TokenRecord): void {
    this.tokens.set(record.id, record)
    if (record.hash !== null) this.hashes.add(record.hash)
  }

  /** Whether a string's hash is a database token's, revoked or not. */
  isDatabaseToken(hash: string): boolean {
    return this.hashes.has(hash)
  }

  addDatabase(name: string, fields: Partial<Omit<DatabaseRecord, 'name'>> = {}): DatabaseRecord {
    const record: DatabaseRecord = { name, ...DATABASE_DEFAULTS, partitionTemplate: undefined, ...fields }
    this.databases.set(name, record)
    return record
  }
}

/** Ids of the account and cluster a response names (Clustered's documented layout names none). */
export interface WireIds {
  accountId: string
  clusterId: string
}

function rfc3339(ms: number): string {
  return new Date(ms).toISOString()
}

export function tokenToWire(token: TokenRecord, ids: WireIds | null) {
  return {
    ...ids,
    id: token.id,
    description: token.description,
    permissions: token.permissions.map((p) => ({ ...p })),
    createdAt: rfc3339(token.createdAt),
    ...(token.expiresAt === null ? {} : { expiresAt: rfc3339(token.expiresAt) }),
    ...(token.revokedAt === null ? {} : { revokedAt: rfc3339(token.revokedAt) }),
  }
}

export function databaseToWire(db: DatabaseRecord, ids: WireIds | null) {
  return {
    ...ids,
    name: db.name,
    maxTables: db.maxTables,
    maxColumnsPerTable: db.maxColumnsPerTable,
    retentionPeriod: db.retentionPeriod,
    ...(db.partitionTemplate === undefined ? {} : { partitionTemplate: db.partitionTemplate }),
  }
}
