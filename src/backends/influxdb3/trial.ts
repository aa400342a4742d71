/**
 * "Test this token" on InfluxDB 3: one harmless call made with the token's own string. An
 * admin token lists the databases; a system token reads `/ping`, `/health`, `/ready` or
 * `/metrics` as granted (InfluxData docs "Monitor InfluxDB 3"); a database reader runs
 * `SELECT 1` on a database it may read (`/api/v3/query_sql`). A write-only token has no call that
 * would not write, so there is none.
 */
import { DATABASE_RESOURCE, isFullAccess, type Permission, WILDCARD } from '../../lib/permission'
import type { Token } from '../domain'
import type { createHttp, ProductWords } from '../http/http'
import type { BackendConnection, TokenTrial, TrialResult } from '../port'
import type { InfluxClient } from './client'

/** Whatever happens, an answer to show: a refused test string must not look like the session's own failure. */
async function trialAnswer(call: () => Promise<string>): Promise<TrialResult> {
  try {
    return { ok: true, detail: await call() }
  } catch (error) {
    // An ApiError carries the HTTP status; read structurally, so this chunk shares no module with the first page.
    const status = error instanceof Error ? (error as { status?: unknown }).status : undefined
    const message = error instanceof Error ? error.message : 'The call failed.'
    return { ok: false, detail: typeof status === 'number' ? `${status}: ${message}` : message }
  }
}

const SYSTEM_PATHS: Readonly<Record<string, string>> = {
  ping: '/ping',
  health: '/health',
  ready: '/ready',
  metrics: '/metrics',
}

function systemPath(permissions: readonly Permission[]): string | undefined {
  const names = permissions
    .filter((p) => p.resourceType === 'system' && (p.actions.includes('read') || p.actions.includes(WILDCARD)))
    .flatMap((p) => p.resourceNames)
  if (names.includes(WILDCARD)) return SYSTEM_PATHS.ping
  const granted = Object.keys(SYSTEM_PATHS).find((name) => names.includes(name))
  return granted === undefined ? undefined : SYSTEM_PATHS[granted]
}

/** A database the token may read: one it names, or `*` (any database will do). */
function readableDatabase(permissions: readonly Permission[]): string | undefined {
  const names = permissions
    .filter((p) => p.resourceType === DATABASE_RESOURCE && (p.actions.includes('read') || p.actions.includes(WILDCARD)))
    .flatMap((p) => p.resourceNames.filter((name) => !(p.unresolved ?? []).includes(name)))
  return names.find((name) => name !== WILDCARD) ?? (names.includes(WILDCARD) ? WILDCARD : undefined)
}

export function planTrial(
  token: Pick<Token, 'permissions'>,
  /**
   * Handed over by the backend rather than imported: this chunk loads on demand and shares no
   * module with the first page. `client` is the session's, to find a database for a `db:*` reader.
   */
  using: {
    createHttp: typeof createHttp
    words: ProductWords
    connection: Pick<BackendConnection, 'baseUrl' | 'timeoutMs'>
    client: Pick<InfluxClient, 'listDatabases'>
    internal: string
  },
): TokenTrial {
  const { connection, client, internal } = using
  const withSecret = (secret: string) =>
    using.createHttp({ words: using.words, baseUrl: connection.baseUrl, token: secret, timeoutMs: connection.timeoutMs })
  // Not `_internal`, which needs an admin token.
  const anyDatabase = async (options?: { signal?: AbortSignal | undefined }) =>
    (await client.listDatabases(options)).find((db) => db.name !== internal && !db.deleted)?.name
  const { permissions } = token
  if (permissions === null) {
    return {
      possible: false,
      reason: 'The console cannot read this token’s permissions, so it does not know a call it may make.',
    }
  }
  if (isFullAccess(permissions)) {
    return {
      possible: true,
      call: 'GET /api/v3/configure/database (list the databases)',
      run: (secret, options) =>
        trialAnswer(async () => {
          const answer = await withSecret(secret).send({
            method: 'GET',
            path: '/api/v3/configure/database',
            query: { format: 'json' },
            signal: options?.signal,
          })
          return `${answer.status}: the token may list the databases.`
        }),
    }
  }
  const path = systemPath(permissions)
  if (path !== undefined) {
    return {
      possible: true,
      call: `GET ${path}`,
      run: (secret, options) =>
        trialAnswer(async () => {
          const answer = await withSecret(secret).send({ method: 'GET', path, signal: options?.signal })
          return `${answer.status}: the server answered ${path}.`
        }),
    }
  }
  const database = readableDatabase(permissions)
  if (database !== undefined) {
    return {
      possible: true,
      call: database === WILDCARD ? 'SELECT 1 on a database' : `SELECT 1 on ${database}`,
      run: (secret, options) =>
        trialAnswer(async () => {
          const db = database === WILDCARD ? await anyDatabase(options) : database
          if (db === undefined) throw new Error('This server has no database to run SELECT 1 on yet.')
          const answer = await withSecret(secret).send({
            method: 'POST',
            path: '/api/v3/query_sql',
            json: { db, q: 'SELECT 1', format: 'json' },
            signal: options?.signal,
          })
          return `${answer.status}: SELECT 1 ran on ${db}.`
        }),
    }
  }
  return {
    possible: false,
    reason:
      'This token may only write: every call it is allowed would change data, so there is no harmless call to test it with.',
  }
}
