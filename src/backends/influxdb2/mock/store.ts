/**
 * The mock InfluxDB 2's data: users, orgs, buckets and authorizations in memory, with the
 * indexes the routes need (token string → authorization, buckets per org in creation order).
 * Times are kept as the RFC 3339 text the server would write.
 */
import type { Permission } from './permissions'
import { nanoTime, newId, newTokenString } from './wire-format'

export type Status = 'active' | 'inactive'

export interface UserRecord {
  id: string
  name: string
  status: Status
}

export interface OrgRecord {
  id: string
  name: string
  description: string
  createdAt: string
  updatedAt: string
}

export interface BucketRecord {
  id: string
  orgID: string
  name: string
  type: 'user' | 'system'
  description: string
  /** 0 is infinite. */
  retentionSeconds: number
  shardGroupSeconds: number
  createdAt: string
  updatedAt: string
}

/** A Telegraf configuration (`/api/v2/telegrafs`); its name need not be unique. */
export interface TelegrafRecord {
  id: string
  orgID: string
  name: string
  description: string
  config: string
}

export interface AuthRecord {
  id: string
  /** Kept raw: the mock's `tokenDisplay` decides what list and get show of it. */
  token: string
  status: Status
  description: string
  orgID: string
  userID: string
  permissions: Permission[]
  createdAt: string
  updatedAt: string
}

export type NewAuth = Omit<AuthRecord, 'id' | 'token' | 'createdAt' | 'updatedAt'> & { token?: string; createdAt?: number }

/** Shard-group duration the server picks for a retention period (OSS `bucket.go` defaults). */
export function shardGroupSeconds(retentionSeconds: number): number {
  if (retentionSeconds === 0 || retentionSeconds >= 6 * 30 * 86_400) return 7 * 86_400
  return retentionSeconds >= 2 * 86_400 ? 86_400 : 3600
}

export class Store {
  readonly users = new Map<string, UserRecord>()
  readonly orgs = new Map<string, OrgRecord>()
  readonly buckets = new Map<string, BucketRecord>()
  readonly auths = new Map<string, AuthRecord>()
  readonly telegrafs = new Map<string, TelegrafRecord>()
  private readonly byToken = new Map<string, AuthRecord>()

  constructor(private readonly now: () => number) {}

  addUser(name: string, status: Status = 'active'): UserRecord {
    const user = { id: newId(), name, status }
    this.users.set(user.id, user)
    return user
  }

  addOrg(name: string, description = ''): OrgRecord {
    const at = nanoTime(this.now())
    const org = { id: newId(), name, description, createdAt: at, updatedAt: at }
    this.orgs.set(org.id, org)
    return org
  }

  addBucket(orgID: string, name: string, retentionSeconds = 0, type: 'user' | 'system' = 'user', description = ''): BucketRecord {
    const at = nanoTime(this.now())
    const bucket: BucketRecord = {
      id: newId(),
      orgID,
      name,
      type,
      description,
      retentionSeconds,
      shardGroupSeconds: shardGroupSeconds(retentionSeconds),
      createdAt: at,
      updatedAt: at,
    }
    this.buckets.set(bucket.id, bucket)
    return bucket
  }

  /** A new org's buckets as the server makes them: the system buckets `_monitoring` (7d) and `_tasks` (3d). */
  addSystemBuckets(orgID: string): void {
    this.addBucket(orgID, '_monitoring', 7 * 86_400, 'system', 'System bucket for monitoring logs')
    this.addBucket(orgID, '_tasks', 3 * 86_400, 'system', 'System bucket for task logs')
  }

  addTelegraf(orgID: string, name: string, description = ''): TelegrafRecord {
    const telegraf = {
      id: newId(),
      orgID,
      name,
      description,
      config: `# Telegraf configuration: ${name}\n[agent]\n  interval = "10s"\n`,
    }
    this.telegrafs.set(telegraf.id, telegraf)
    return telegraf
  }

  bucketNamed(orgID: string, name: string): BucketRecord | undefined {
    for (const bucket of this.buckets.values()) if (bucket.orgID === orgID && bucket.name === name) return bucket
    return undefined
  }

  orgNamed(name: string): OrgRecord | undefined {
    for (const org of this.orgs.values()) if (org.name === name) return org
    return undefined
  }

  userNamed(name: string): UserRecord | undefined {
    for (const user of this.users.values()) if (user.name === name) return user
    return undefined
  }

  addAuth(input: NewAuth): AuthRecord {
    const at = nanoTime(input.createdAt ?? this.now())
    const { createdAt: _createdAt, token = newTokenString(), ...rest } = input
    const auth: AuthRecord = { ...rest, id: newId(), token, createdAt: at, updatedAt: at }
    this.auths.set(auth.id, auth)
    this.byToken.set(auth.token, auth)
    return auth
  }

  authByToken(token: string): AuthRecord | undefined {
    return this.byToken.get(token)
  }

  removeAuth(auth: AuthRecord): void {
    this.auths.delete(auth.id)
    this.byToken.delete(auth.token)
  }

  touch(record: { updatedAt: string }): void {
    record.updatedAt = nanoTime(this.now())
  }
}
