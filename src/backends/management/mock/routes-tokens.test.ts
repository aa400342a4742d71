// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { createdTokenWire, errorWire, tokenWire } from '../wire'
import { MockManagement } from './mock-management'
import { call } from './test-support'

const T0 = Date.UTC(2026, 5, 25, 10, 11, 12, 345)
const ACCOUNT = '0f8fad5b-d9cb-469f-a165-70867728950e'
const CLUSTER = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const P = `/api/v0/accounts/${ACCOUNT}/clusters/${CLUSTER}`
const TOKEN = 'management-token'

let clock: number
let mock: MockManagement

beforeEach(() => {
  clock = T0
  mock = new MockManagement({
    product: 'cloud-dedicated',
    managementToken: TOKEN,
    accountId: ACCOUNT,
    clusterId: CLUSTER,
    now: () => clock,
  })
  mock.store.addDatabase('sensors')
})

const create = (body: unknown) => call(mock, 'POST', `${P}/tokens`, { token: TOKEN, body })

describe('creating a database token', () => {
  it('answers 200 with the token, its ids and its string, which nothing else ever returns', async () => {
    const result = await create({ description: 'reader', permissions: [{ action: 'read', resource: 'sensors' }] })
    expect(result.status).toBe(200)
    expect(result.headers.get('content-type')).toBe('application/json')
    const created = createdTokenWire.parse(result.json())
    expect(created).toMatchObject({
      accountId: ACCOUNT,
      clusterId: CLUSTER,
      description: 'reader',
      createdAt: '2026-06-25T10:11:12.345Z',
    })
    expect(created.accessToken).toMatch(/^apiv1_[A-Za-z0-9+/]{86}==$/)
    expect(created.accessToken.length).toBeGreaterThanOrEqual(64)
    const list = await call(mock, 'GET', `${P}/tokens`, { token: TOKEN })
    const get = await call(mock, 'GET', `${P}/tokens/${created.id}`, { token: TOKEN })
    const patch = await call(mock, 'PATCH', `${P}/tokens/${created.id}`, { token: TOKEN, body: { description: 'r' } })
    for (const answer of [list, get, patch]) {
      expect(answer.text).not.toContain(created.accessToken)
      expect(answer.text).not.toContain('accessToken')
    }
  })

  it('creates a token that never expires when the body has neither expiresAt nor expirationType (as the MCP server sends it)', async () => {
    const created = createdTokenWire.parse((await create({ description: 'forever', permissions: [] })).json())
    expect(created.expiresAt).toBeUndefined()
    expect(created.permissions).toEqual([])
  })

  it.each([
    ['the OpenAPI form', { expiresAt: '2026-07-01T00:00:00Z' }],
    ['the docs form', { expirationType: 'datetime', expiresAt: '2026-07-01T00:00:00Z' }],
    ['the docs example with the key "expiresAt:"', { expirationType: 'datetime', 'expiresAt:': '2026-07-01T00:00:00Z' }],
  ])('reads an expiry in %s', async (_form, expiry) => {
    const created = createdTokenWire.parse((await create({ description: 'expiring', permissions: [], ...expiry })).json())
    expect(created.expiresAt).toBe('2026-07-01T00:00:00.000Z')
  })

  it('creates a token that never expires with expirationType noExpiration', async () => {
    const created = createdTokenWire.parse(
      (await create({ description: 'x', permissions: [], expirationType: 'noExpiration' })).json(),
    )
    expect(created.expiresAt).toBeUndefined()
  })

  it.each([
    [{ permissions: [] }, 'description is required'],
    [{ description: 'x', permissions: [{ action: 'delete', resource: 'sensors' }] }, 'permission action must be read or write'],
    [{ description: 'x', permissions: 'read' }, 'permissions must be an array'],
    [{ description: 'x', expirationType: 'datetime' }, 'expiresAt is required with datetime'],
    [
      { description: 'x', expirationType: 'noExpiration', expiresAt: '2026-07-01T00:00:00Z' },
      'expiresAt is not allowed with noExpiration',
    ],
    [{ description: 'x', expirationType: 'soon' }, 'expirationType must be datetime or noExpiration'],
    [{ description: 'x', expiresAt: '2026-07-01' }, 'expiresAt must be an RFC 3339 date-time'],
    [{ description: 'x', expiresAt: '2026-06-01T00:00:00Z' }, 'expiresAt must be in the future'],
  ])('refuses %j with 400 and an integer code', async (body, message) => {
    const result = await create(body)
    expect(result.status).toBe(400)
    expect(errorWire.parse(result.json())).toEqual({ code: 400, message })
  })

  it('refuses a body that is not JSON with 400', async () => {
    expect((await create('{nope')).status).toBe(400)
  })
})

describe('changing a token', () => {
  async function reader() {
    return createdTokenWire.parse(
      (await create({ description: 'reader', permissions: [{ action: 'read', resource: 'sensors' }] })).json(),
    )
  }

  it('replaces the whole permission set and answers the whole token', async () => {
    const { id } = await reader()
    const result = await call(mock, 'PATCH', `${P}/tokens/${id}`, {
      token: TOKEN,
      body: { permissions: [{ action: 'write', resource: '*' }] },
    })
    expect(result.status).toBe(200)
    expect(tokenWire.parse(result.json())).toMatchObject({
      id,
      description: 'reader',
      permissions: [{ action: 'write', resource: '*' }],
    })
  })

  it('clears the permissions with [] and keeps them when only the description changes', async () => {
    const { id } = await reader()
    await call(mock, 'PATCH', `${P}/tokens/${id}`, { token: TOKEN, body: { description: 'renamed' } })
    expect(tokenWire.parse((await call(mock, 'GET', `${P}/tokens/${id}`, { token: TOKEN })).json()).permissions).toHaveLength(1)
    const cleared = await call(mock, 'PATCH', `${P}/tokens/${id}`, { token: TOKEN, body: { permissions: [] } })
    expect(tokenWire.parse(cleared.json())).toMatchObject({ description: 'renamed', permissions: [] })
  })

  it('refuses an empty PATCH with 400 (minProperties: 1)', async () => {
    const { id } = await reader()
    expect((await call(mock, 'PATCH', `${P}/tokens/${id}`, { token: TOKEN, body: {} })).status).toBe(400)
  })
})

describe('revoking a token', () => {
  it('answers 204 without a body and keeps the token, listed and readable, with revokedAt', async () => {
    const { id } = createdTokenWire.parse((await create({ description: 'gone', permissions: [] })).json())
    clock += 60_000
    const result = await call(mock, 'DELETE', `${P}/tokens/${id}`, { token: TOKEN })
    expect(result.status).toBe(204)
    expect(result.text).toBe('')
    const listed = (await call(mock, 'GET', `${P}/tokens`, { token: TOKEN })).json() as unknown[]
    expect(listed.map((t) => tokenWire.parse(t)).find((t) => t.id === id)?.revokedAt).toBe('2026-06-25T10:12:12.345Z')
    expect(tokenWire.parse((await call(mock, 'GET', `${P}/tokens/${id}`, { token: TOKEN })).json()).revokedAt).toBe(
      '2026-06-25T10:12:12.345Z',
    )
  })

  it('keeps the first revocation time when revoked again, and refuses to change a revoked token with 409', async () => {
    const { id } = createdTokenWire.parse((await create({ description: 'gone', permissions: [] })).json())
    await call(mock, 'DELETE', `${P}/tokens/${id}`, { token: TOKEN })
    clock += 60_000
    expect((await call(mock, 'DELETE', `${P}/tokens/${id}`, { token: TOKEN })).status).toBe(204)
    expect(tokenWire.parse((await call(mock, 'GET', `${P}/tokens/${id}`, { token: TOKEN })).json()).revokedAt).toBe(
      '2026-06-25T10:11:12.345Z',
    )
    expect((await call(mock, 'PATCH', `${P}/tokens/${id}`, { token: TOKEN, body: { description: 'x' } })).status).toBe(409)
  })

  it.each(['GET', 'PATCH', 'DELETE'])(
    'answers %s of an unknown id with 404 {"code":404,"message":"not found"}',
    async (method) => {
      const result = await call(mock, method, `${P}/tokens/5d2a6bb0-7a9c-4c4c-9a59-3f1d6f1c0c11`, {
        token: TOKEN,
        body: method === 'PATCH' ? { description: 'x' } : undefined,
      })
      expect(result.status).toBe(404)
      expect(result.json()).toEqual({ code: 404, message: 'not found' })
    },
  )
})

describe('the token list', () => {
  it('is a top-level array with permissions always an array, in creation order', async () => {
    await create({ description: 'first', permissions: [] })
    await create({ description: 'second', permissions: [{ action: 'read', resource: '*' }] })
    const listed = (await call(mock, 'GET', `${P}/tokens`, { token: TOKEN })).json()
    expect(Array.isArray(listed)).toBe(true)
    expect((listed as unknown[]).map((t) => tokenWire.parse(t).description)).toEqual(['first', 'second'])
  })

  it('allows the same description twice (descriptions are not names)', async () => {
    expect((await create({ description: 'same', permissions: [] })).status).toBe(200)
    expect((await create({ description: 'same', permissions: [] })).status).toBe(200)
  })
})
