// The v2 client against the mock InfluxDB 2 through MSW: what it reads, what it refuses to keep
// (token strings of list and get answers), how it pages buckets, and what each error means.
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { resetInfluxdb2Mock, server } from '../../mocks/node'
import { failure } from '../../test/failure'
import { BUCKET_PAGE, classifyV2, createInfluxdb2Client, type Influxdb2Client } from './client'
import type { CreateInfluxdb2Options, SeededInfluxdb2 } from './mock/seed'

let seeded: SeededInfluxdb2
let client: Influxdb2Client
let orgID: string
let requests: string[]

function connect(token: string | null): Influxdb2Client {
  // Counting fetch: which requests the client sent (no header, no body, so no secret).
  const counting: typeof fetch = (input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : input.toString()}`)
    return fetch(input, init)
  }
  return createInfluxdb2Client({ baseUrl: 'http://influxdb2.test', token, fetch: counting })
}

function seed(scenario: 'demo' | 'large' | 'empty' = 'demo', options: CreateInfluxdb2Options = {}) {
  requests = []
  seeded = resetInfluxdb2Mock(scenario, options)
  orgID = seeded.org?.id ?? ''
  client = connect(seeded.operatorToken)
}

beforeEach(() => seed())

describe('authorizations', () => {
  it('sends the Token scheme and lists the org’s authorizations', async () => {
    const listed = (await client.listAuthorizations({ orgID })).map((l) => l.authorization)
    expect(listed.length).toBeGreaterThan(5)
    expect(listed.every((a) => a.orgID === orgID)).toBe(true)
  })

  it('drops the token string of list and get answers, even where the server sends it (OSS ≤ 2.7)', async () => {
    seed('demo', { tokenDisplay: 'oss-legacy' })
    const listed = await client.listAuthorizations()
    expect(listed.every((l) => !('token' in l.authorization))).toBe(true)
    expect(JSON.stringify(listed)).not.toContain(seeded.operatorToken)
    const one = await client.getAuthorization(listed[0]?.authorization.id ?? '')
    expect('token' in one).toBe(false)
  })

  it('tells the session’s own authorization where the server lists strings, and says nothing where it does not', async () => {
    seed('demo', { tokenDisplay: 'oss-legacy' })
    const legacy = await client.listAuthorizations({ orgID })
    expect(legacy.filter((l) => l.isSession)).toHaveLength(1)
    expect(legacy.filter((l) => l.isSession === false).length).toBe(legacy.length - 1)
    seed('demo', { tokenDisplay: 'oss-hashed' })
    expect((await client.listAuthorizations({ orgID })).every((l) => l.isSession === undefined)).toBe(true)
  })

  const readBuckets = () => ({
    orgID,
    description: 'ci',
    permissions: [{ action: 'read' as const, resource: { type: 'buckets', orgID } }],
  })

  it('returns the string of a created token apart from the authorization', async () => {
    const created = await client.createAuthorization(readBuckets())
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{86}==$/)
    expect('token' in created.authorization).toBe(false)
  })

  it.each(['', 'redacted'])('returns no string where the create answer carries %j', async (withheld) => {
    const [sample] = (await client.listAuthorizations({ orgID })).map((l) => l.authorization)
    server.use(
      http.post('http://influxdb2.test/api/v2/authorizations', () =>
        HttpResponse.json({ ...sample, token: withheld }, { status: 201 }),
      ),
    )
    expect((await client.createAuthorization(readBuckets())).token).toBeNull()
  })

  it('filters by owner name', async () => {
    expect((await client.listAuthorizations({ user: 'ops' })).map((l) => l.authorization.user)).toEqual(['ops'])
  })

  it('changes status and description by PATCH and deletes', async () => {
    // Not the first: that is the operator's own token, and deactivating it would lock this client out.
    const first = (await client.listAuthorizations({ orgID }))
      .map((l) => l.authorization)
      .find((a) => a.description === 'Grafana dashboards')
    const updated = await client.updateAuthorization(first?.id ?? '', { status: 'inactive', description: 'paused' })
    expect(updated).toMatchObject({ status: 'inactive', description: 'paused' })
    await client.deleteAuthorization(first?.id ?? '')
    expect((await failure(client.getAuthorization(first?.id ?? ''))).status).toBe(404)
  })
})

describe('errors', () => {
  it('reads an unknown token as a credential no longer valid (reconnect)', async () => {
    const error = await failure(connect('not-a-token').listAuthorizations())
    expect(error).toMatchObject({ status: 401, message: 'unauthorized access', meaning: 'credential-invalid' })
  })

  it('reads a valid token that lacks a permission as not permitted, not as a lost session', async () => {
    const user = seeded.mock.store.userNamed('admin')?.id ?? ''
    const narrow = seeded.mock.store.addAuth({
      status: 'active',
      description: '',
      orgID,
      userID: user,
      permissions: [{ action: 'read', resource: { type: 'buckets', orgID } }],
    })
    const error = await failure(connect(narrow.token).me())
    expect(error).toMatchObject({ status: 401, message: `read:users/${user} is unauthorized`, meaning: 'not-permitted' })
  })

  it('reads a conflict (422) with the server’s message, as a name taken', async () => {
    const error = await failure(client.createBucket({ orgID, name: 'telemetry', retentionRules: [] }))
    expect(error).toMatchObject({ status: 422, message: 'bucket with name telemetry already exists', meaning: 'conflict' })
  })

  it.each([
    [401, 'unauthorized access', 'credential-invalid'],
    [401, 'token is inactive', 'credential-invalid'],
    [401, 'write:orgs/0123456789abcdef/authorizations is unauthorized', 'not-permitted'],
    [403, 'User is inactive', 'credential-invalid'],
    [403, 'permission read:buckets is not allowed: read:buckets is unauthorized', 'not-permitted'],
    [404, 'authorization not found', null],
    [422, 'bucket with name x already exists', 'conflict'],
    [422, 'buckets cannot have more than one retention rule at this time', null],
  ] as const)('classifies %i “%s” as %s', (status, message, meaning) => {
    expect(classifyV2(status, message)).toBe(meaning)
  })
})

describe('buckets, orgs, me, resources and identity', () => {
  it('loads every bucket page by page, at most 100 a page', async () => {
    seed('large')
    const buckets = await client.listBuckets(orgID)
    expect(buckets).toHaveLength(1000)
    const pages = requests.filter((r) => r.includes('/api/v2/buckets'))
    expect(pages).toHaveLength(Math.ceil(1000 / BUCKET_PAGE) + 1)
    expect(pages.every((r) => r.includes(`limit=${BUCKET_PAGE}`))).toBe(true)
  })

  it('reads me, the orgs and the resource types', async () => {
    expect(await client.me()).toMatchObject({ name: 'admin' })
    expect((await client.listOrgs()).map((o) => o.name)).toEqual(['acme', 'globex'])
    expect(await client.resourceTypes()).toContain('telegrafs')
  })

  it('tells InfluxDB 2 OSS and its version from /ping, and Cloud from its build header', async () => {
    expect(await client.identify('http://influxdb2.test')).toEqual({
      product: 'influxdb2',
      productName: 'InfluxDB 2 OSS',
      version: '2.9.1',
      revision: undefined,
    })
    seed('empty', { flavor: 'cloud-serverless', token: 'T' })
    expect(await client.identify('http://influxdb2.test')).toMatchObject({
      product: 'cloud-serverless',
      productName: 'InfluxDB Cloud',
      version: '',
    })
  })
})

describe('identity from a browser on another origin', () => {
  it('falls back to the address when /ping cannot be read (OSS sets no CORS header there)', async () => {
    server.use(http.get('http://influxdb2.test/ping', () => HttpResponse.error()))
    expect(await client.identify('http://influxdb2.test')).toMatchObject({ product: 'influxdb2', version: '' })
    server.use(http.get('https://us-west-2-1.aws.cloud2.influxdata.com/ping', () => HttpResponse.error()))
    const cloud = createInfluxdb2Client({ baseUrl: 'https://us-west-2-1.aws.cloud2.influxdata.com', token: 'x' })
    expect(await cloud.identify('https://us-west-2-1.aws.cloud2.influxdata.com')).toMatchObject({ product: 'cloud-serverless' })
  })
})
