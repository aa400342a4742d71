/**
 * The mock's database catalog: databases with retention, soft deletion and scheduled hard
 * deletion, and the tables `system.tables` reports. Also the server's database name rules.
 */
import { SYSTEM_DATABASE } from '../names'

export interface TableRecord {
  readonly name: string
  readonly columnCount: number
  readonly seriesKeyColumns: readonly string[]
  readonly lastCacheCount: number
  readonly distinctCacheCount: number
}

export interface DatabaseRecord {
  readonly id: number
  /** Current name; soft deletion renames to `<name>-YYYYMMDDTHHMMSS`. */
  name: string
  /** Null is infinite retention. */
  retentionNs: number | null
  deleted: boolean
  /** Epoch ms at which a soft-deleted database is purged; null never. */
  hardDeletionTime: number | null
  readonly tables: TableRecord[]
}

export const INTERNAL_DB = SYSTEM_DATABASE
const INTERNAL_RETENTION_NS = 604_800_000_000_000
/** `--hard-delete-default-duration` of the server: 72 hours. */
export const DEFAULT_HARD_DELETE_MS = 72 * 3600 * 1000
const MAX_NAME_BYTES = 511

/** Retention as the catalog keeps it: nanoseconds, null for infinite. */
export function secondsToNs(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds * 1e9)
}

/** The server's `validate_db_name`: null when valid, else the exact error message. */
export function dbNameError(name: string): string | null {
  if (name === '') return 'db name cannot be empty'
  if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return `db name too long: max ${MAX_NAME_BYTES}`
  let separatorSeen = false
  for (let i = 0; i < name.length; i++) {
    const char = name[i] ?? ''
    if (char.charCodeAt(0) > 127) {
      return 'invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens'
    }
    const alphanumeric = /[A-Za-z0-9]/.test(char)
    if (i === 0) {
      if (!alphanumeric) return 'db name did not start with a number or letter'
    } else if (char === '/') {
      if (separatorSeen || i === name.length - 1) {
        return "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"
      }
      separatorSeen = true
    } else if (!alphanumeric && char !== '_' && char !== '-') {
      return 'invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens'
    }
  }
  return null
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** `SOFT_DELETION_TIME_FORMAT`: `%Y%m%dT%H%M%S` in UTC. */
function softDeletedName(name: string, deletedAt: number): string {
  const d = new Date(deletedAt)
  const stamp = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  return `${name}-${stamp}`
}

export class DatabaseStore {
  private readonly byId = new Map<number, DatabaseRecord>()
  private readonly activeByName = new Map<string, DatabaseRecord>()
  private nextId = 0

  constructor() {
    this.create(INTERNAL_DB, INTERNAL_RETENTION_NS)
  }

  /** Every database in id order, soft-deleted ones included. */
  all(): IterableIterator<DatabaseRecord> {
    return this.byId.values()
  }

  /** A live (not deleted) database by name. */
  active(name: string): DatabaseRecord | undefined {
    return this.activeByName.get(name)
  }

  /** Any database by its current name, soft-deleted ones included. */
  named(name: string): DatabaseRecord | undefined {
    for (const db of this.byId.values()) if (db.name === name) return db
    return undefined
  }

  byIdOf(id: number): DatabaseRecord | undefined {
    return this.byId.get(id)
  }

  /** Live databases counted against the limit: `_internal` does not count. */
  userDatabaseCount(): number {
    return this.activeByName.size - (this.activeByName.has(INTERNAL_DB) ? 1 : 0)
  }

  create(name: string, retentionNs: number | null): DatabaseRecord {
    const db: DatabaseRecord = { id: this.nextId++, name, retentionNs, deleted: false, hardDeletionTime: null, tables: [] }
    this.byId.set(db.id, db)
    this.activeByName.set(name, db)
    return db
  }

  softDelete(db: DatabaseRecord, deletedAt: number, hardDeletionTime: number | null): void {
    this.activeByName.delete(db.name)
    db.name = softDeletedName(db.name, deletedAt)
    db.deleted = true
    db.hardDeletionTime = hardDeletionTime
  }

  remove(db: DatabaseRecord): void {
    this.byId.delete(db.id)
    if (this.activeByName.get(db.name) === db) this.activeByName.delete(db.name)
  }

  /** Stands in for the server's background job: drops soft-deleted databases whose time has come. */
  purge(now: number): void {
    for (const db of [...this.byId.values()]) {
      if (db.deleted && db.hardDeletionTime !== null && db.hardDeletionTime <= now) this.byId.delete(db.id)
    }
  }
}
