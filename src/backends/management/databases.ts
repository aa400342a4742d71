/**
 * Database endpoints of the management API (OpenAPI operations `GetClusterDatabases`,
 * `CreateClusterDatabase`, `UpdateClusterDatabase`, `DeleteClusterDatabase`).
 *
 * Retention: the port speaks humantime (`30d`), the API nanoseconds with 0 for infinite. A
 * period is parsed by `lib/duration` with the `influxdb3` CLI's units (a month is 30.44 days, a
 * year 365.25) into seconds, then multiplied by 10⁹ and rounded to a whole nanosecond. A whole
 * number of seconds times 10⁹ is exact in a double up to about 146 years (it is s × 5⁹ × 2⁹),
 * and JSON writes it without an exponent below 10²¹, so the server reads the integer meant.
 * Back from the server, nanoseconds ÷ 10⁹ give seconds (0 → infinite).
 */
import * as z from 'zod/mini'

import { parseHumantime } from '../../lib/duration'
import type { Database, DatabaseLimits } from '../domain'
import { decodeJson } from '../http/http'
import type { Router } from './paths'
import { type CreateDatabaseBody, type DatabaseWire, databaseWire, type UpdateDatabaseBody } from './wire'

interface Options {
  signal?: AbortSignal | undefined
}

const NS_PER_SECOND = 1e9
/** 2⁶³ − 1, rounded to the nearest double (2⁶³): a bound, not a value sent. */
const MAX_INT64_NS = 2 ** 63

/** A humantime period as the API's nanoseconds; null (infinite) is 0. */
export function retentionToNs(retention: string | null): number {
  if (retention === null) return 0
  const seconds = parseHumantime(retention)
  if (seconds === null) throw new RangeError(`"${retention}" is not a duration such as 30d or 12h`)
  const ns = Math.round(seconds * NS_PER_SECOND)
  // 0 would mean "keep forever": a period that short is a mistake, not a wish for infinity.
  if (ns <= 0) throw new RangeError('A retention period must be longer than zero; choose infinite retention instead')
  // Past a signed 64-bit count of nanoseconds (about 292 years) no server's duration type fits it.
  if (ns >= MAX_INT64_NS) {
    throw new RangeError(`"${retention}" is longer than the server can keep`)
  }
  return ns
}

export function retentionSecondsFromNs(ns: number): number | undefined {
  return ns === 0 ? undefined : ns / NS_PER_SECOND
}

function toDatabase(wire: DatabaseWire): Database {
  return {
    name: wire.name,
    retentionSeconds: retentionSecondsFromNs(wire.retentionPeriod),
    // The API does not count tables; screens read `limits` here.
    tableCount: undefined,
    deleted: false,
    hardDeletionAt: undefined,
    isSystem: false,
    limits: { maxTables: wire.maxTables, maxColumnsPerTable: wire.maxColumnsPerTable },
  }
}

const databasePath = (name: string) => `/databases/${encodeURIComponent(name)}`

export async function listDatabases(router: Router, { signal }: Options = {}): Promise<Database[]> {
  const { response, spec } = await router.send({ method: 'GET', path: '/databases', signal })
  return decodeJson(response, spec, z.array(databaseWire)).map(toDatabase)
}

export interface CreateDatabaseInput {
  name: string
  /** Humantime; absent for infinite. */
  retention?: string | undefined
  /** The server's defaults (500 tables, 200 columns per table in the spec) when absent. */
  limits?: Partial<DatabaseLimits> | undefined
}

export function createDatabaseBody(input: CreateDatabaseInput): CreateDatabaseBody {
  return {
    name: input.name,
    ...limitFields(input.limits),
    ...(input.retention ? { retentionPeriod: retentionToNs(input.retention) } : {}),
  }
}

function limitFields(limits: Partial<DatabaseLimits> | undefined): UpdateDatabaseBody {
  return {
    ...(limits?.maxTables === undefined ? {} : { maxTables: limits.maxTables }),
    ...(limits?.maxColumnsPerTable === undefined ? {} : { maxColumnsPerTable: limits.maxColumnsPerTable }),
  }
}

export async function createDatabase(router: Router, input: CreateDatabaseInput, { signal }: Options = {}): Promise<void> {
  await router.send({ method: 'POST', path: '/databases', json: createDatabaseBody(input), signal })
}

/** Changes limits and/or retention (humantime, or null for infinite); at least one. */
export async function updateDatabase(
  router: Router,
  name: string,
  change: { limits?: Partial<DatabaseLimits>; retention?: string | null },
  { signal }: Options = {},
): Promise<void> {
  const json: UpdateDatabaseBody = {
    ...limitFields(change.limits),
    ...(change.retention === undefined ? {} : { retentionPeriod: retentionToNs(change.retention) }),
  }
  if (Object.keys(json).length === 0) throw new TypeError('A database update needs limits or a retention period')
  await router.send({ method: 'PATCH', path: databasePath(name), json, signal })
}

export async function deleteDatabase(router: Router, name: string, { signal }: Options = {}): Promise<void> {
  await router.send({ method: 'DELETE', path: databasePath(name), signal })
}
