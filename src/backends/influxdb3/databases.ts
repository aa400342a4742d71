/**
 * Database endpoints (`/api/v3/configure/database`, InfluxData docs "Manage databases"). The list combines three reads: the REST list
 * (names, deletion), `system.databases` (retention, hard-deletion time) and `system.tables`
 * (table counts), because no single call returns them all.
 */
import * as z from 'zod/mini'

import { formatRfc3339 } from '../../lib/time'
import type { Database, HardDelete } from '../domain'
import type { Http } from '../http/http'
import { parseTimestamp } from '../http/parse'
import { SYSTEM_DATABASE } from './names'
import { querySql } from './sql'
import {
  type CreateDatabaseBody,
  databaseListRowWire,
  systemDatabaseRowWire,
  tableCountRowWire,
  type UpdateDatabaseBody,
} from './wire'

interface Options {
  signal?: AbortSignal | undefined
}

export interface ListDatabasesOptions extends Options {
  showDeleted?: boolean
}

export async function listDatabases(http: Http, { showDeleted = false, signal }: ListDatabasesOptions = {}): Promise<Database[]> {
  const listSpec = {
    method: 'GET',
    path: '/api/v3/configure/database',
    query: { format: 'json', show_deleted: showDeleted ? true : undefined },
    signal,
  } as const
  const [names, details, counts] = await Promise.all([
    http.json(listSpec, z.array(databaseListRowWire)),
    querySql(http, {
      db: SYSTEM_DATABASE,
      q: 'SELECT database_name, retention_period_ns, deleted, hard_deletion_time FROM system.databases',
      schema: z.array(systemDatabaseRowWire),
      signal,
    }),
    querySql(http, {
      db: SYSTEM_DATABASE,
      q: 'SELECT database_name, COUNT(*) AS table_count FROM system.tables WHERE deleted = false GROUP BY database_name',
      schema: z.array(tableCountRowWire),
      signal,
    }),
  ])
  const detailByName = new Map(details.rows.map((row) => [row.database_name, row]))
  const countByName = new Map(counts.rows.map((row) => [row.database_name, row.table_count]))
  return names.map((row) => {
    const name = row['iox::database']
    const detail = detailByName.get(name)
    const retentionNs = detail?.retention_period_ns
    return {
      name,
      retentionSeconds: retentionNs === undefined ? undefined : retentionNs / 1e9,
      tableCount: countByName.get(name) ?? 0,
      deleted: row.deleted ?? detail?.deleted ?? false,
      hardDeletionAt:
        detail?.hard_deletion_time === undefined
          ? undefined
          : parseTimestamp(detail.hard_deletion_time, details.spec, 'hard_deletion_time'),
      isSystem: name === SYSTEM_DATABASE,
    }
  })
}

export interface CreateDatabaseInput {
  name: string
  /** A humantime duration such as "30d"; undefined for infinite retention. */
  retention?: string | undefined
}

export async function createDatabase(http: Http, input: CreateDatabaseInput, { signal }: Options = {}): Promise<void> {
  const json: CreateDatabaseBody = { db: input.name, ...(input.retention ? { retention_period: input.retention } : {}) }
  await http.send({ method: 'POST', path: '/api/v3/configure/database', json, signal })
}

/** Sets a retention period (humantime, e.g. "90d"). */
export async function setRetention(http: Http, name: string, retention: string, { signal }: Options = {}): Promise<void> {
  const json: UpdateDatabaseBody = { db: name, retention_period: retention }
  await http.send({ method: 'PUT', path: '/api/v3/configure/database', json, signal })
}

/** Makes retention infinite: a PUT without a retention period clears it. */
export async function clearRetention(http: Http, name: string, { signal }: Options = {}): Promise<void> {
  const json: UpdateDatabaseBody = { db: name, retention_period: null }
  await http.send({ method: 'PUT', path: '/api/v3/configure/database', json, signal })
}

export interface DeleteDatabaseOptions extends Options {
  /** The server's own default when omitted: hard delete after 72 hours. */
  hardDeleteAt?: HardDelete
}

export async function deleteDatabase(
  http: Http,
  name: string,
  { hardDeleteAt = 'default', signal }: DeleteDatabaseOptions = {},
): Promise<void> {
  const hard = hardDeleteAt instanceof Date ? formatRfc3339(hardDeleteAt) : hardDeleteAt
  await http.send({
    method: 'DELETE',
    path: '/api/v3/configure/database',
    query: { db: name, hard_delete_at: hard },
    signal,
  })
}
