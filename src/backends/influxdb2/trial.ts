/**
 * "Test this token" on InfluxDB 2 and Cloud: one read the token was granted, made with its own
 * string (influxdata/influxdb `tenant/http_server_bucket.go`, `http_server_user.go`). An
 * all-access token (or one that may read users) reads `/api/v2/me`; a bucket reader looks its
 * bucket up, and the answer must show it (the list filters silently: an empty list is a refusal);
 * a token that may read the org reads it. A write-only token has no harmless call.
 */
import { DATABASE_RESOURCE, isFullAccess, type Permission, WILDCARD } from '../../lib/permission'
import type { Token } from '../domain'
import { isApiError } from '../http/errors'
import type { CallOptions, TokenTrial, TrialResult } from '../port'
import { createInfluxdb2Client } from './client'

/** Whatever happens, an answer to show: a refused test string must not look like the session's own failure. */
async function trialAnswer(call: () => Promise<string>): Promise<TrialResult> {
  try {
    return { ok: true, detail: await call() }
  } catch (error) {
    if (isApiError(error)) {
      return { ok: false, detail: error.status === undefined ? error.message : `${error.status}: ${error.message}` }
    }
    return { ok: false, detail: error instanceof Error ? error.message : 'The call failed.' }
  }
}

type Connection = { baseUrl: () => string; timeoutMs?: number | undefined; orgID: () => string }

const reads = (permissions: readonly Permission[], type: string) =>
  permissions.filter((p) => p.resourceType === type && p.actions.includes('read'))

function bucketName(permissions: readonly Permission[]): string | undefined {
  const names = reads(permissions, DATABASE_RESOURCE).flatMap((p) =>
    p.resourceNames.filter((name) => !(p.unresolved ?? []).includes(name)),
  )
  return names.find((name) => name !== WILDCARD) ?? (names.includes(WILDCARD) ? WILDCARD : undefined)
}

export function planTrial(token: Pick<Token, 'permissions'>, connection: Connection): TokenTrial {
  const { permissions } = token
  if (permissions === null) {
    return {
      possible: false,
      reason: 'The console cannot read this token’s permissions, so it does not know a call it may make.',
    }
  }
  const client = (secret: string) =>
    createInfluxdb2Client({ baseUrl: connection.baseUrl, token: secret, timeoutMs: connection.timeoutMs })
  const answer = trialAnswer

  if (isFullAccess(permissions) || reads(permissions, 'users').length > 0) {
    return {
      possible: true,
      call: 'GET /api/v2/me',
      run: (secret, options?: CallOptions) =>
        answer(async () => `200: the token belongs to ${(await client(secret).me(options)).name}.`),
    }
  }
  const bucket = bucketName(permissions)
  if (bucket !== undefined) {
    return {
      possible: true,
      call: bucket === WILDCARD ? 'GET /api/v2/buckets (the org’s buckets)' : `GET /api/v2/buckets?name=${bucket}`,
      run: (secret, options?: CallOptions) =>
        answer(async () => {
          if (bucket === WILDCARD) {
            const seen = await client(secret).listBuckets(connection.orgID(), options)
            return `200: the token sees ${seen.length} ${seen.length === 1 ? 'bucket' : 'buckets'}.`
          }
          const found = await client(secret).findBucket(connection.orgID(), bucket, options)
          if (found === undefined) throw new Error(`The server answered, but the token may not see the bucket ${bucket}.`)
          return `200: the token may read the bucket ${bucket}.`
        }),
    }
  }
  if (reads(permissions, 'orgs').length > 0) {
    return {
      possible: true,
      call: 'GET /api/v2/orgs/{orgID}',
      run: (secret, options?: CallOptions) =>
        answer(async () => `200: the token may read the org ${(await client(secret).getOrg(connection.orgID(), options)).name}.`),
    }
  }
  return {
    possible: false,
    reason:
      'This token grants no read the console has a harmless call for (it may only write, or read other resources): test it where it is used.',
  }
}
