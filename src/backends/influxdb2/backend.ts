/**
 * InfluxDB 2 OSS, InfluxDB Cloud TSM and Cloud Serverless behind the port: tokens are the org's
 * authorizations (`connection.scope.orgID`), databases are its buckets. Tokens can be switched
 * on and off and described anew, never given other permissions, never expire; the create answers
 * 201; there is no operator token to regenerate.
 */
import { parseHumantime } from '../../lib/duration'
import { DATABASE_RESOURCE, WILDCARD } from '../../lib/permission'
import type { Database } from '../domain'
import { isApiError } from '../http/errors'
import type { Backend, BackendConnection, CallOptions, TokenDraft } from '../port'
import { type BucketWire, createInfluxdb2Client, type Influxdb2Client } from './client'
import { allAccessWire, TELEGRAFS, toWire, type WriteContext } from './permissions'
import { toCreatedToken, toToken } from './tokens'
import { planTrial } from './trial'

function toDatabase(bucket: BucketWire): Database {
  const seconds = bucket.retentionRules?.find((rule) => rule.type === undefined || rule.type === 'expire')?.everySeconds
  return {
    name: bucket.name,
    retentionSeconds: seconds === undefined || seconds === 0 ? undefined : seconds,
    tableCount: undefined,
    deleted: false,
    hardDeletionAt: undefined,
    isSystem: bucket.type === 'system',
  }
}

function retentionRules(retention: string | null | undefined) {
  if (retention === null || retention === undefined || retention === '') return [{ type: 'expire' as const, everySeconds: 0 }]
  const seconds = parseHumantime(retention)
  if (seconds === null) throw new TypeError(`Not a retention period: ${retention}`)
  return [{ type: 'expire' as const, everySeconds: seconds }]
}

export function createInfluxdb2Backend(connection: BackendConnection): Backend {
  const client: Influxdb2Client = createInfluxdb2Client({
    baseUrl: connection.baseUrl,
    token: connection.token,
    timeoutMs: connection.timeoutMs,
  })
  const orgID = () => {
    const id = connection.scope?.orgID
    if (!id) throw new TypeError('An InfluxDB 2 connection needs an org (scope.orgID).')
    return id
  }
  // The server's resource types do not change while connected: asked once, again after a failure.
  let types: Promise<string[]> | null = null
  const resourceTypes = (options?: CallOptions) => {
    types ??= client.resourceTypes(options).catch((error: unknown) => {
      types = null
      throw error
    })
    return types
  }
  const bucketOf = async (name: string, options?: CallOptions) => {
    const bucket = await client.findBucket(orgID(), name, options)
    if (bucket === undefined) throw new TypeError(`This org has no bucket named ${name}.`)
    return bucket
  }

  async function writeContext(draft: TokenDraft, options?: CallOptions): Promise<WriteContext> {
    const needsUser = draft.fullAccess || draft.permissions.some((p) => p.resourceType === 'users')
    const byName = (type: string) => draft.permissions.some((p) => p.resourceType === type && !p.resourceNames.includes(WILDCARD))
    const [me, buckets, telegrafs, typeList] = await Promise.all([
      needsUser ? client.me(options) : null,
      byName(DATABASE_RESOURCE) ? client.listBuckets(orgID(), options) : [],
      byName(TELEGRAFS) ? client.listTelegrafs(orgID(), options) : [],
      resourceTypes(options),
    ])
    // Telegraf names need not be unique: a name two share cannot say which one is meant.
    const telegrafIds = new Map<string, string | null>()
    for (const t of telegrafs) telegrafIds.set(t.name, telegrafIds.has(t.name) ? null : t.id)
    return {
      orgID: orgID(),
      userID: me?.id ?? '',
      bucketIds: new Map(buckets.map((b) => [b.name, b.id])),
      resourceTypes: typeList,
      telegrafIds,
    }
  }

  /**
   * The lists filter silently: a token switched off (perhaps the console's own, from this very
   * screen) reads 200 with nothing in it. Reading the org is checked, so there such a token is
   * refused (401 `token is inactive`, a credential no longer valid) and the console says so
   * instead of showing an empty list. A token that may not read the org is fine here.
   */
  async function stillAccepted(options?: CallOptions): Promise<void> {
    try {
      await client.getOrg(orgID(), options)
    } catch (error) {
      if (isApiError(error) && error.meaning === 'credential-invalid') throw error
    }
  }

  return {
    product: 'influxdb2',
    connectionKey: connection.connectionKey,
    identify: (options) => client.identify(connection.baseUrl(), options),
    tokens: {
      neverExpire: true,
      list: async (options) => {
        // No bucket list: the server names each granted bucket itself, and a grant without a
        // name is one whose bucket was deleted (paging through 1 000 buckets took seconds).
        const [authorizations, typeList] = await Promise.all([
          client.listAuthorizations({ orgID: orgID() }, options),
          resourceTypes(options),
          stillAccepted(options),
        ])
        // Telegraf grants name configurations by id only: their names are read when a grant has one.
        const namesTelegrafs = authorizations.some(({ authorization }) =>
          authorization.permissions.some((p) => p.resource.type === TELEGRAFS && p.resource.id !== undefined),
        )
        const telegrafs = namesTelegrafs ? await client.listTelegrafs(orgID(), options) : []
        const context = {
          orgID: orgID(),
          resourceTypes: typeList,
          telegrafNames: new Map(telegrafs.map((t) => [t.id, t.name])),
        }
        return authorizations.map((wire) => toToken(wire, context))
      },
      create: async (draft, options) => {
        if (draft.expirySecs !== null)
          throw new TypeError('InfluxDB 2 tokens never expire: the draft must not ask for an expiry.')
        const context = await writeContext(draft, options)
        const permissions = draft.fullAccess ? allAccessWire(context) : toWire(draft.permissions, context)
        return toCreatedToken(
          await client.createAuthorization({ orgID: context.orgID, description: draft.name, permissions }, options),
        )
      },
      remove: (token, options) => client.deleteAuthorization(token.id, options),
      setStatus: async (token, status, options) => {
        await client.updateAuthorization(token.id, { status }, options)
      },
      setDescription: async (token, description, options) => {
        await client.updateAuthorization(token.id, { description }, options)
      },
      trial: (token) =>
        Promise.resolve(planTrial(token, { baseUrl: connection.baseUrl, timeoutMs: connection.timeoutMs, orgID })),
    },
    resources: {
      // Buckets have the grid of their own, telegrafs one by one; `instance` is never granted (setup only).
      typeWide: async (options) =>
        (await resourceTypes(options)).filter((type) => type !== 'instance' && type !== 'buckets' && type !== TELEGRAFS),
      names: async (type, options) =>
        type === TELEGRAFS ? [...new Set((await client.listTelegrafs(orgID(), options)).map((t) => t.name))].sort() : [],
    },
    databases: {
      list: async (options) => (await client.listBuckets(orgID(), options)).map(toDatabase),
      create: async (draft, options) => {
        await client.createBucket(
          { orgID: orgID(), name: draft.name, retentionRules: draft.retention ? retentionRules(draft.retention) : [] },
          options,
        )
      },
      setRetention: async (name, retention, options) => {
        const bucket = await bucketOf(name, options)
        await client.updateBucket(bucket.id, { retentionRules: retentionRules(retention) }, options)
      },
      // Buckets are deleted at once and for good: no soft delete, so `hardDeleteAt` does not apply.
      remove: async (name, options) => client.deleteBucket((await bucketOf(name, options)).id, options),
    },
  }
}
