// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { PLACEHOLDER_ID } from '../paths'
import { createdTokenWire, databaseWire, errorWire, tokenWire } from '../wire'
import { MockManagement } from './mock-management'
import { call } from './test-support'

const ACCOUNT = '0f8fad5b-d9cb-469f-a165-70867728950e'
const CLUSTER = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const OTHER = '16fd2706-8baf-433b-82eb-8c7fada847da'
const TOKEN = 'management-token'

function dedicated() {
  return new MockManagement({ product: 'cloud-dedicated', managementToken: TOKEN, accountId: ACCOUNT, clusterId: CLUSTER })
}

const prefix = (account: string, cluster: string) => `/api/v0/accounts/${account}/clusters/${cluster}`

describe('authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { token: 'wrong' }],
    ['the right token without Bearer', { headers: { Authorization: TOKEN } }],
    ['the right token with the Token scheme', { headers: { Authorization: `Token ${TOKEN}` } }],
  ])('answers 401 with an integer code for %s', async (_case, options) => {
    const result = await call(dedicated(), 'GET', `${prefix(ACCOUNT, CLUSTER)}/tokens`, options)
    expect(result.status).toBe(401)
    expect(errorWire.parse(result.json()).code).toBe(401)
  })

  it('accepts the management token as a Bearer token, with Content-Type on a GET and a DELETE', async () => {
    const mock = dedicated()
    mock.store.addDatabase('sensors')
    expect((await call(mock, 'GET', `${prefix(ACCOUNT, CLUSTER)}/databases`, { token: TOKEN })).status).toBe(200)
    expect((await call(mock, 'DELETE', `${prefix(ACCOUNT, CLUSTER)}/databases/sensors`, { token: TOKEN })).status).toBe(204)
  })

  it('refuses a database token it issued, even an active one', async () => {
    const mock = dedicated()
    const created = createdTokenWire.parse(
      (
        await call(mock, 'POST', `${prefix(ACCOUNT, CLUSTER)}/tokens`, {
          token: TOKEN,
          body: { description: 'db', permissions: [{ action: 'read', resource: '*' }] },
        })
      ).json(),
    )
    const result = await call(mock, 'GET', `${prefix(ACCOUNT, CLUSTER)}/tokens`, { token: created.accessToken })
    expect(result.status).toBe(401)
    expect(errorWire.parse(result.json()).message).toContain('database token')
  })
})

describe('Cloud Dedicated paths', () => {
  it('answers 403 for another account and 404 for another cluster', async () => {
    const mock = dedicated()
    expect((await call(mock, 'GET', `${prefix(OTHER, CLUSTER)}/tokens`, { token: TOKEN })).status).toBe(403)
    const cluster = await call(mock, 'GET', `${prefix(ACCOUNT, OTHER)}/tokens`, { token: TOKEN })
    expect(cluster.status).toBe(404)
    expect(errorWire.parse(cluster.json()).code).toBe(404)
  })

  it.each([
    '/api/v0/tokens',
    '/api/v0/databases',
    '/api/v3/configure/token',
    `${prefix(ACCOUNT, CLUSTER)}/tables`,
    `${prefix(ACCOUNT, CLUSTER)}/tokens/a/b`,
  ])('answers 404 for %s, a path it does not serve', async (path) => {
    expect((await call(dedicated(), 'GET', path, { token: TOKEN })).status).toBe(404)
  })

  it('answers 405 for a method a path does not take', async () => {
    expect((await call(dedicated(), 'PUT', `${prefix(ACCOUNT, CLUSTER)}/tokens`, { token: TOKEN })).status).toBe(405)
  })

  it('names the account and cluster in every token and database', async () => {
    const mock = dedicated()
    mock.store.addDatabase('sensors')
    const db = databaseWire.parse(
      ((await call(mock, 'GET', `${prefix(ACCOUNT, CLUSTER)}/databases`, { token: TOKEN })).json() as unknown[])[0],
    )
    expect(db).toMatchObject({ accountId: ACCOUNT, clusterId: CLUSTER })
  })
})

describe('Clustered paths', () => {
  const clustered = (clusteredPaths?: 'documented' | 'dedicated-shaped') =>
    new MockManagement({ product: 'clustered', managementToken: TOKEN, ...(clusteredPaths ? { clusteredPaths } : {}) })

  it('serves the documented paths and the Dedicated-shaped ones (any ids) from one store', async () => {
    const mock = clustered()
    const created = createdTokenWire.parse(
      (await call(mock, 'POST', '/api/v0/tokens', { token: TOKEN, body: { description: 'one', permissions: [] } })).json(),
    )
    expect(created.accountId).toBeUndefined()
    const viaMcpPath = await call(mock, 'GET', `${prefix(PLACEHOLDER_ID, PLACEHOLDER_ID)}/tokens/${created.id}`, { token: TOKEN })
    expect(tokenWire.parse(viaMcpPath.json())).toMatchObject({
      id: created.id,
      accountId: PLACEHOLDER_ID,
      clusterId: PLACEHOLDER_ID,
    })
    expect((await call(mock, 'GET', `${prefix(ACCOUNT, OTHER)}/tokens`, { token: TOKEN })).status).toBe(200)
  })

  it('serves only one shape when told to (for the client fallback tests)', async () => {
    expect(
      (await call(clustered('documented'), 'GET', `${prefix(PLACEHOLDER_ID, PLACEHOLDER_ID)}/tokens`, { token: TOKEN })).status,
    ).toBe(404)
    expect((await call(clustered('dedicated-shaped'), 'GET', '/api/v0/tokens', { token: TOKEN })).status).toBe(404)
    expect(
      (await call(clustered('dedicated-shaped'), 'GET', `${prefix(PLACEHOLDER_ID, PLACEHOLDER_ID)}/tokens`, { token: TOKEN }))
        .status,
    ).toBe(200)
  })

  it('decodes a database name with a slash sent as %2F', async () => {
    const mock = clustered()
    mock.store.addDatabase('logs/app')
    expect((await call(mock, 'DELETE', '/api/v0/databases/logs%2Fapp', { token: TOKEN })).status).toBe(204)
    expect(mock.store.databases.has('logs/app')).toBe(false)
  })
})
