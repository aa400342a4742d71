// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { failure } from '../../test/failure'
import { createManagementClient } from './client'
import { MockManagement, type MockManagementOptions } from './mock/mock-management'
import { type ClusteredPaths, type Layout, PLACEHOLDER_ID } from './paths'
import { sha512Hex } from './sha512'

const ACCOUNT = '0f8fad5b-d9cb-469f-a165-70867728950e'
const CLUSTER = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const TOKEN = 'management-token'

interface Sent {
  method: string
  path: string
  body: unknown
}

/** A client whose fetch is the mock's handle, recording what it sent. */
function setup(
  options: Partial<MockManagementOptions> & { layout?: Layout; remembered?: Map<string, ClusteredPaths>; baseUrl?: string } = {},
) {
  const product = options.layout?.product ?? options.product ?? 'cloud-dedicated'
  const mock = new MockManagement({ managementToken: TOKEN, accountId: ACCOUNT, clusterId: CLUSTER, ...options, product })
  const sent: Sent[] = []
  const client = createManagementClient({
    baseUrl: options.baseUrl ?? 'http://mgmt.example',
    token: TOKEN,
    layout: options.layout ?? { product: 'cloud-dedicated', accountId: ACCOUNT, clusterId: CLUSTER },
    clusteredPaths: options.remembered ?? new Map(),
    fetch: async (input, init) => {
      const request = new Request(input, init)
      const text = await request.clone().text()
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      })
      return mock.handle(request)
    },
  })
  return { mock, client, sent }
}

describe('tokens', () => {
  it('returns the string from create only, with its SHA-512, and never from list, get or update', async () => {
    const { client } = setup()
    const created = await client.createToken({ description: 'ci', permissions: [], expiresAt: null })
    expect(created.secret).toMatch(/^apiv1_/)
    expect(created.hash).toBe(await sha512Hex(created.secret))
    const answers = [
      await client.listTokens(),
      await client.getToken(created.id),
      await client.updateToken(created.id, { description: 'x' }),
    ]
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(created.secret)
  })

  it('drops an accessToken a server sent where it should not', async () => {
    const client = createManagementClient({
      baseUrl: 'http://mgmt.example',
      token: TOKEN,
      layout: { product: 'clustered' },
      clusteredPaths: new Map(),
      fetch: () =>
        Promise.resolve(
          Response.json([
            { id: 'a', description: 'd', permissions: [], createdAt: '2026-01-01T00:00:00Z', accessToken: 'apiv1_leak' },
          ]),
        ),
    })
    expect(JSON.stringify(await client.listTokens())).not.toContain('apiv1_leak')
  })

  it('maps a token: description as name, grouped permissions, status and times', async () => {
    const { client, mock } = setup()
    mock.store.addToken({
      id: 'id-1',
      description: 'mixed',
      permissions: [
        { action: 'read', resource: 'weather' },
        { action: 'write', resource: 'sensors' },
        { action: 'read', resource: 'sensors' },
      ],
      createdAt: Date.UTC(2026, 0, 1),
      expiresAt: Date.UTC(2027, 0, 1),
      revokedAt: Date.UTC(2026, 5, 1),
      hash: null,
    })
    expect(await client.getToken('id-1')).toEqual({
      id: 'id-1',
      name: 'mixed',
      fingerprint: undefined,
      createdAt: Date.UTC(2026, 0, 1),
      expiresAt: Date.UTC(2027, 0, 1),
      permissions: [
        { resourceType: 'db', resourceNames: ['sensors'], actions: ['read', 'write'] },
        { resourceType: 'db', resourceNames: ['weather'], actions: ['read'] },
      ],
      permissionsText: JSON.stringify(mock.store.tokens.get('id-1')?.permissions),
      status: 'revoked',
      revokedAt: Date.UTC(2026, 5, 1),
    })
  })

  it.each([
    ['expiration-type', { expirationType: 'datetime', expiresAt: '2030-01-01T00:00:00Z' }],
    ['expires-at', { expiresAt: '2030-01-01T00:00:00Z' }],
  ] as const)('asks for an expiry in the %s form, and for none with neither field', async (form, fields) => {
    const { mock, sent } = setup()
    const client = createManagementClient({
      baseUrl: 'http://mgmt.example',
      token: TOKEN,
      expiryForm: form,
      layout: { product: 'cloud-dedicated', accountId: ACCOUNT, clusterId: CLUSTER },
      fetch: async (input, init) => {
        const request = new Request(input, init)
        sent.push({ method: 'POST', path: '', body: JSON.parse(await request.clone().text()) as unknown })
        return mock.handle(request)
      },
    })
    const perms = [{ resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] }]
    const created = await client.createToken({ description: 'e', permissions: perms, expiresAt: new Date(Date.UTC(2030, 0, 1)) })
    expect(created.expiresAt?.getTime()).toBe(Date.UTC(2030, 0, 1))
    await client.createToken({ description: 'n', permissions: [], expiresAt: null })
    expect(sent.map((s) => s.body)).toEqual([
      { description: 'e', permissions: [{ action: 'read', resource: 'sensors' }], ...fields },
      { description: 'n', permissions: [] },
    ])
  })

  it('sends PATCH with only what changes, and refuses to send an empty one', async () => {
    const { client, sent } = setup()
    const { id } = await client.createToken({ description: 'a', permissions: [], expiresAt: null })
    await client.updateToken(id, { permissions: [{ resourceType: 'db', resourceNames: ['*'], actions: ['write'] }] })
    expect(sent.at(-1)).toMatchObject({ method: 'PATCH', body: { permissions: [{ action: 'write', resource: '*' }] } })
    await expect(client.updateToken(id, {})).rejects.toThrow(TypeError)
  })
})

describe('errors', () => {
  it.each([
    [
      401,
      'credential-invalid',
      () =>
        createManagementClient({
          baseUrl: 'http://mgmt.example',
          token: 'wrong',
          layout: { product: 'clustered' },
          clusteredPaths: new Map(),
          fetch: (i, n) => new MockManagement({ product: 'clustered' }).handle(new Request(i, n)),
        }).listTokens(),
    ],
    [
      403,
      'not-permitted',
      () => setup({ layout: { product: 'cloud-dedicated', accountId: CLUSTER, clusterId: CLUSTER } }).client.listTokens(),
    ],
    [404, null, () => setup().client.revokeToken('5d2a6bb0-7a9c-4c4c-9a59-3f1d6f1c0c11')],
    [
      409,
      null,
      async () => {
        const { client } = setup()
        await client.createDatabase({ name: 'twice' })
        return client.createDatabase({ name: 'twice' })
      },
    ],
  ] as const)('maps %i to an ApiError meaning %s, with the server’s message', async (status, meaning, run) => {
    const error = await failure(run())
    expect(error).toMatchObject({ kind: 'http', status, meaning })
    expect(error.message).not.toContain('{')
  })

  it('refuses a Cloud Dedicated layout without ids before sending anything', async () => {
    const { client, sent } = setup({ layout: { product: 'cloud-dedicated', accountId: undefined, clusterId: CLUSTER } })
    await expect(client.listTokens()).rejects.toThrow('account id')
    expect(sent).toEqual([])
  })
})

describe('the Clustered path fallback', () => {
  const clustered = { product: 'clustered' } as const

  it('uses the documented path when the server answers there, and remembers it', async () => {
    const remembered = new Map<string, ClusteredPaths>()
    const { client, sent } = setup({ layout: clustered, clusteredPaths: 'documented', remembered })
    await client.listTokens()
    expect(sent.map((s) => s.path)).toEqual(['/api/v0/tokens'])
    expect(remembered.get('http://mgmt.example')).toBe('documented')
  })

  it('falls back to the Dedicated-shaped path with placeholder ids on a 404, and goes there directly next time', async () => {
    const remembered = new Map<string, ClusteredPaths>()
    const { client, sent } = setup({ layout: clustered, clusteredPaths: 'dedicated-shaped', remembered })
    await client.listDatabases()
    await client.createToken({ description: 'x', permissions: [], expiresAt: null })
    const fallback = `/api/v0/accounts/${PLACEHOLDER_ID}/clusters/${PLACEHOLDER_ID}`
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /api/v0/databases',
      `GET ${fallback}/databases`,
      `POST ${fallback}/tokens`,
    ])
    // Another connection to the same server skips the probe; another server probes again.
    const again = setup({ layout: clustered, clusteredPaths: 'dedicated-shaped', remembered })
    await again.client.listTokens()
    expect(again.sent.map((s) => s.path)).toEqual([`${fallback}/tokens`])
    const other = setup({ layout: clustered, clusteredPaths: 'dedicated-shaped', remembered, baseUrl: 'http://other.example' })
    await other.client.listTokens()
    expect(other.sent).toHaveLength(2)
  })

  it('answers the first 404 and remembers nothing when neither path knows the id', async () => {
    const remembered = new Map<string, ClusteredPaths>()
    const { client, sent } = setup({ layout: clustered, remembered })
    expect((await failure(client.getToken('5d2a6bb0-7a9c-4c4c-9a59-3f1d6f1c0c11'))).path).toBe(
      '/api/v0/tokens/5d2a6bb0-7a9c-4c4c-9a59-3f1d6f1c0c11',
    )
    expect(sent).toHaveLength(2)
    expect(remembered.size).toBe(0)
  })
})

describe('databases', () => {
  it('sends retention as nanoseconds, 0 for infinite, and reads it back as seconds with the limits', async () => {
    const { client, sent } = setup()
    await client.createDatabase({ name: 'a', retention: '7d', limits: { maxTables: 10 } })
    await client.updateDatabase('a', { retention: '1y' })
    expect((await client.listDatabases())[0]).toMatchObject({
      name: 'a',
      retentionSeconds: 31_557_600,
      limits: { maxTables: 10, maxColumnsPerTable: 200 },
    })
    await client.updateDatabase('a', { retention: null, limits: { maxColumnsPerTable: 5 } })
    expect(sent.filter((s) => s.method !== 'GET').map((s) => s.body)).toEqual([
      { name: 'a', maxTables: 10, retentionPeriod: 604_800_000_000_000 },
      { retentionPeriod: 31_557_600_000_000_000 },
      { maxColumnsPerTable: 5, retentionPeriod: 0 },
    ])
    expect((await client.listDatabases())[0]?.retentionSeconds).toBeUndefined()
  })

  it.each(['0s', 'soon', '400y'])('refuses the retention %s before sending it', async (retention) => {
    const { client, sent } = setup()
    await expect(client.createDatabase({ name: 'a', retention })).rejects.toThrow(RangeError)
    expect(sent).toEqual([])
  })

  it('encodes a database name with a slash', async () => {
    const { client, mock } = setup()
    mock.store.addDatabase('logs/app')
    await client.deleteDatabase('logs/app')
    expect(mock.store.databases.size).toBe(0)
  })
})
