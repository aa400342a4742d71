/**
 * Wire shapes of the v2 API (InfluxDB 2 OSS, InfluxDB Cloud) as zod schemas; read from
 * influxdata/influxdb `main-2.x` (`authorization.go`, `tenant/`, `bucket.go`). Only this folder
 * sees them; the port's domain types come out of `client.ts`.
 *
 * A fetched authorization's schema has no `token` key: zod drops unknown keys, so a server that
 * still sends real token strings (OSS ≤ 2.7) never gets them past this boundary. The create's
 * answer is the one place a string is kept; a list's strings are read only to be compared with
 * the session's own, inside the client, and dropped there (`client.ts`, `listAuthorizations`).
 */
import * as z from 'zod/mini'

export const permissionWire = z.object({
  action: z.string(),
  resource: z.object({
    type: z.string(),
    id: z.optional(z.string()),
    orgID: z.optional(z.string()),
    /** The server's name for a bucket, org or user id; absent when the resource no longer exists. */
    name: z.optional(z.string()),
    org: z.optional(z.string()),
  }),
})
export type PermissionWire = z.infer<typeof permissionWire>

export const authorizationWire = z.object({
  id: z.string(),
  status: z.enum(['active', 'inactive']),
  description: z.optional(z.string()),
  orgID: z.string(),
  org: z.optional(z.string()),
  userID: z.string(),
  user: z.optional(z.string()),
  permissions: z.array(permissionWire),
  createdAt: z.string(),
  updatedAt: z.optional(z.string()),
})
export type AuthorizationWire = z.infer<typeof authorizationWire>

/** A listed authorization: `token` is read only to recognise the session's own, then dropped. */
const listedAuthorizationWire = z.extend(authorizationWire, { token: z.optional(z.string()) })
export const authorizationListWire = z.object({ authorizations: z.array(listedAuthorizationWire) })

/** The create answer: the one place the token string is read. */
export const createdAuthorizationWire = z.extend(authorizationWire, { token: z.optional(z.string()) })

export const userWire = z.object({ id: z.string(), name: z.string(), status: z.optional(z.string()) })

export const orgWire = z.object({ id: z.string(), name: z.string(), description: z.optional(z.string()) })
export const orgListWire = z.object({ orgs: z.array(orgWire) })

export const bucketWire = z.object({
  id: z.string(),
  orgID: z.optional(z.string()),
  type: z.optional(z.string()),
  name: z.string(),
  retentionRules: z.optional(z.array(z.object({ type: z.optional(z.string()), everySeconds: z.number() }))),
})
export type BucketWire = z.infer<typeof bucketWire>
export const bucketListWire = z.object({
  links: z.optional(z.object({ next: z.optional(z.string()) })),
  buckets: z.array(bucketWire),
})

export const resourcesWire = z.array(z.string())

/** `/api/v2/telegrafs`: Telegraf configurations; the console reads only who they are. */
export const telegrafListWire = z.object({
  configurations: z.array(z.object({ id: z.string(), orgID: z.optional(z.string()), name: z.string() })),
})

/** `/health`: OSS writes `version` and `commit`; what Cloud writes is unverified, so both are optional. */
export const healthWire = z.object({
  name: z.optional(z.string()),
  status: z.optional(z.string()),
  version: z.optional(z.string()),
})

/** Request bodies the console sends. */
export interface ResourceBody {
  type: string
  id?: string
  orgID?: string
}
export interface PermissionBody {
  action: 'read' | 'write'
  resource: ResourceBody
}
export interface CreateAuthorizationBody {
  orgID: string
  description: string
  permissions: PermissionBody[]
  userID?: string
}
export interface UpdateAuthorizationBody {
  status?: 'active' | 'inactive'
  description?: string
}
export interface RetentionRuleBody {
  type: 'expire'
  everySeconds: number
}
export interface CreateBucketBody {
  orgID: string
  name: string
  retentionRules: RetentionRuleBody[]
}
export interface UpdateBucketBody {
  retentionRules: RetentionRuleBody[]
}
