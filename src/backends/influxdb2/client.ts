/**
 * The typed v2 API client (InfluxDB 2 OSS, InfluxDB Cloud TSM and Serverless): authorizations,
 * `/api/v2/me`, orgs, buckets (every page), resource types and the server's identity.
 * Framework-free. It sends `Authorization: Token …` (the v2 API's documented scheme).
 */
import type { ErrorMeaning } from '../http/errors'
import { createHttp, decodeJson, type Http, type HttpConfig } from '../http/http'
import { identify } from './identity'
import {
  authorizationListWire,
  type AuthorizationWire,
  authorizationWire,
  bucketListWire,
  type BucketWire,
  bucketWire,
  type CreateAuthorizationBody,
  type CreateBucketBody,
  createdAuthorizationWire,
  orgListWire,
  orgWire,
  resourcesWire,
  telegrafListWire,
  type UpdateAuthorizationBody,
  type UpdateBucketBody,
  userWire,
} from './wire'
import { influxdb2Words } from './words'

interface Options {
  signal?: AbortSignal | undefined
}

/** The v2 API's page size ceiling (`paging.go` `MaxPageSize`): larger asks are refused with 400. */
export const BUCKET_PAGE = 100
/** A runaway guard: a server whose `next` never ends stops here (100 000 buckets). */
const MAX_PAGES = 1000

/**
 * InfluxDB 2 answers 401 both for a credential it does not accept (`unauthorized access`) and
 * for a valid one that lacks a permission (`<permission> is unauthorized`, `authorizer/authorize.go`);
 * only the second is "not permitted". A deactivated token (`token is inactive`) and a token
 * whose owner is inactive or deleted (403 `User is inactive`) can do nothing any more: the
 * session's credential is no longer valid. Other 403s refuse a grant the caller does not hold.
 * A name already taken is 422 `conflict` (`bucket with name X already exists`,
 * `tenant/service_bucket.go`), a status shared with other refusals: the message tells them apart.
 */
export function classifyV2(status: number, message: string): ErrorMeaning {
  if (status === 401) return /is unauthorized$/.test(message) ? 'not-permitted' : 'credential-invalid'
  if (status === 403) return message === 'User is inactive' ? 'credential-invalid' : 'not-permitted'
  if (status === 422 && /already exists$/.test(message)) return 'conflict'
  return null
}

/** A create's answer: the authorization (without its string) and the string, if the server gave one. */
export interface CreatedAuthorization {
  authorization: AuthorizationWire
  /** Null when the server answered it empty or redacted (it keeps only a hash, or hides it). */
  token: string | null
}

/** A listed authorization, and whether it is the one the session uses (undefined: the server does not say). */
export interface ListedAuthorization {
  authorization: AuthorizationWire
  isSession: boolean | undefined
}

/** `""` (OSS 2.9+ hashing) and `redacted` (Cloud's documented placeholder) are not token strings. */
function realToken(token: string | undefined): string | null {
  return token === undefined || token === '' || token.toLowerCase() === 'redacted' ? null : token
}

async function allBuckets(http: Http, orgID: string, signal: AbortSignal | undefined): Promise<BucketWire[]> {
  const buckets: BucketWire[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { buckets: batch, links } = await http.json(
      { method: 'GET', path: '/api/v2/buckets', query: { orgID, limit: BUCKET_PAGE, offset: buckets.length }, signal },
      bucketListWire,
    )
    buckets.push(...batch)
    if (batch.length < BUCKET_PAGE || links?.next === undefined) break
  }
  return buckets
}

export function createInfluxdb2Client(config: Omit<HttpConfig, 'scheme' | 'classify'> = {}) {
  const http = createHttp({ words: influxdb2Words, ...config, scheme: 'Token', classify: classifyV2 })
  const authPath = (id: string) => `/api/v2/authorizations/${encodeURIComponent(id)}`
  const bucketPath = (id: string) => `/api/v2/buckets/${encodeURIComponent(id)}`
  return {
    identify: (baseUrl: string, { signal }: Options = {}) => identify(http, baseUrl, signal),

    /**
     * Every authorization the credential may read (the server filters silently), by org and/or
     * owner. Each string the server still lists (OSS ≤ 2.7) is compared with the session's own and
     * dropped here: `isSession` is that answer, undefined where the server withholds strings.
     */
    listAuthorizations: async (
      filter: { orgID?: string; user?: string; userID?: string } = {},
      { signal }: Options = {},
    ): Promise<ListedAuthorization[]> => {
      const listed = await http.json(
        { method: 'GET', path: '/api/v2/authorizations', query: filter, signal },
        authorizationListWire,
      )
      const own = typeof config.token === 'function' ? config.token() : config.token
      return listed.authorizations.map(({ token, ...authorization }) => {
        const value = realToken(token)
        return { authorization, isSession: value === null ? undefined : value === own }
      })
    },
    getAuthorization: (id: string, { signal }: Options = {}) =>
      http.json({ method: 'GET', path: authPath(id), signal }, authorizationWire),
    createAuthorization: async (json: CreateAuthorizationBody, { signal }: Options = {}): Promise<CreatedAuthorization> => {
      const spec = { method: 'POST', path: '/api/v2/authorizations', json, signal } as const
      const { token, ...authorization } = decodeJson(await http.send(spec), spec, createdAuthorizationWire)
      return { authorization, token: realToken(token) }
    },
    /** Changes only status and/or description; permissions cannot change on this API. */
    updateAuthorization: (id: string, json: UpdateAuthorizationBody, { signal }: Options = {}) =>
      http.json({ method: 'PATCH', path: authPath(id), json, signal }, authorizationWire),
    deleteAuthorization: async (id: string, { signal }: Options = {}) => {
      await http.send({ method: 'DELETE', path: authPath(id), signal })
    },

    me: ({ signal }: Options = {}) => http.json({ method: 'GET', path: '/api/v2/me', signal }, userWire),
    listOrgs: async ({ signal }: Options = {}) =>
      (await http.json({ method: 'GET', path: '/api/v2/orgs', signal }, orgListWire)).orgs,
    /** One org; unlike the lists, a permission-checked call: an inactive token is refused here, not filtered. */
    getOrg: (id: string, { signal }: Options = {}) =>
      http.json({ method: 'GET', path: `/api/v2/orgs/${encodeURIComponent(id)}`, signal }, orgWire),
    resourceTypes: ({ signal }: Options = {}) => http.json({ method: 'GET', path: '/api/v2/resources', signal }, resourcesWire),
    /** The org's Telegraf configurations the credential may read (not paged: the server answers all). */
    listTelegrafs: async (orgID: string, { signal }: Options = {}) =>
      (await http.json({ method: 'GET', path: '/api/v2/telegrafs', query: { orgID }, signal }, telegrafListWire)).configurations,

    /** Every bucket of the org the credential may read, page by page (at most 100 a page). */
    listBuckets: (orgID: string, { signal }: Options = {}) => allBuckets(http, orgID, signal),
    /** The org's bucket of that name; the server answers 404 when there is none. */
    findBucket: async (orgID: string, name: string, { signal }: Options = {}) => {
      const { buckets } = await http.json(
        { method: 'GET', path: '/api/v2/buckets', query: { orgID, name }, signal },
        bucketListWire,
      )
      return buckets.find((bucket) => bucket.name === name)
    },
    createBucket: (json: CreateBucketBody, { signal }: Options = {}) =>
      http.json({ method: 'POST', path: '/api/v2/buckets', json, signal }, bucketWire),
    updateBucket: (id: string, json: UpdateBucketBody, { signal }: Options = {}) =>
      http.json({ method: 'PATCH', path: bucketPath(id), json, signal }, bucketWire),
    deleteBucket: async (id: string, { signal }: Options = {}) => {
      await http.send({ method: 'DELETE', path: bucketPath(id), signal })
    },
  }
}

export type Influxdb2Client = ReturnType<typeof createInfluxdb2Client>
export type { AuthorizationWire, BucketWire }
