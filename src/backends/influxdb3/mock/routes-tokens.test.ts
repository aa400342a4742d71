// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { tokenCreatedWire, tokenRowWire } from '../wire'
import { sha512Hex } from './crypto'
import { MockInflux } from './mock-influx'
import { createMock } from './seed'
import { call, sql } from './test-support'

const SECRET = /^apiv3_[A-Za-z0-9_-]{86}$/
const T0 = Date.UTC(2026, 5, 25, 10, 11, 12, 345)

let clock: number
let mock: MockInflux
let admin: string

beforeEach(async () => {
  clock = T0
  const seeded = await createMock('core', { now: () => clock })
  mock = seeded.mock
  admin = seeded.operatorToken ?? ''
})

async function createNamed(body: unknown, headers?: Record<string, string>) {
  return call(mock, 'POST', '/api/v3/configure/token/named_admin', { token: admin, body, headers })
}

describe('bootstrapping the operator token', () => {
  it('creates _admin with id 0 on a fresh server, without authentication', async () => {
    const fresh = new MockInflux({ flavor: 'core', now: () => T0 })
    const result = await call(fresh, 'POST', '/api/v3/configure/token/admin')
    expect(result.status).toBe(201)
    const body = tokenCreatedWire.parse(result.json())
    expect(body).toMatchObject({ id: 0, name: '_admin', expiry: null, created_at: '2026-06-25T10:11:12.345Z' })
  })

  it('answers token creates with the literal header Content-Type: json', async () => {
    const fresh = new MockInflux({ flavor: 'core' })
    const result = await call(fresh, 'POST', '/api/v3/configure/token/admin')
    expect(result.headers.get('content-type')).toBe('json')
  })

  it('returns a token of apiv3_ and 86 base64url characters whose SHA-512 is the returned hash', async () => {
    const fresh = new MockInflux({ flavor: 'core' })
    const body = tokenCreatedWire.parse((await call(fresh, 'POST', '/api/v3/configure/token/admin')).json())
    expect(body.token).toMatch(SECRET)
    expect(body.hash).toMatch(/^[0-9a-f]{128}$/)
    expect(await sha512Hex(body.token)).toBe(body.hash)
  })

  it('refuses a second operator token with 409', async () => {
    const result = await call(mock, 'POST', '/api/v3/configure/token/admin')
    expect(result.status).toBe(409)
    expect(result.text).toBe('token name already exists, _admin')
    expect(result.headers.get('content-type')).toBeNull()
  })
})

describe('named admin tokens', () => {
  it('creates a token that authenticates at once and lists with the first 9 hash characters', async () => {
    const created = tokenCreatedWire.parse((await createNamed({ token_name: 'ci' })).json())
    expect((await call(mock, 'GET', '/health', { token: created.token })).status).toBe(200)
    const rows = await sql(mock, admin, "SELECT hash FROM system.tokens WHERE name = 'ci'")
    expect(rows).toEqual([{ hash: created.hash.slice(0, 9) }])
  })

  it('gives ids in creation order', async () => {
    const first = tokenCreatedWire.parse((await createNamed({ token_name: 'first' })).json())
    const second = tokenCreatedWire.parse((await createNamed({ token_name: 'second' })).json())
    expect(second.id).toBe(first.id + 1)
  })

  it('sets expiry from expiry_secs', async () => {
    const body = tokenCreatedWire.parse((await createNamed({ token_name: 'week', expiry_secs: 604_800 })).json())
    expect(body.expiry).toBe('2026-07-02T10:11:12.345Z')
  })

  it.each([[{ token_name: 'none' }], [{ token_name: 'none', expiry_secs: null }]])(
    'never expires when expiry_secs is omitted or null (%j)',
    async (body) => {
      expect(tokenCreatedWire.parse((await createNamed(body)).json()).expiry).toBeNull()
    },
  )

  it('treats an expiry that overflows the clock as no expiry', async () => {
    const body = tokenCreatedWire.parse((await createNamed({ token_name: 'huge', expiry_secs: 9_000_000_000_000_000 })).json())
    expect(body.expiry).toBeNull()
  })

  it('prints created_at without a fraction when the milliseconds are zero', async () => {
    clock = Date.UTC(2026, 5, 25, 10, 0, 0, 0)
    expect(tokenCreatedWire.parse((await createNamed({ token_name: 'round' })).json()).created_at).toBe('2026-06-25T10:00:00Z')
  })

  it('ignores unknown body fields such as "type"', async () => {
    expect((await createNamed({ token_name: 'typed', type: 'admin' })).status).toBe(201)
  })

  it('refuses a duplicate name with 409 and the name in the text', async () => {
    await createNamed({ token_name: 'twice' })
    const result = await createNamed({ token_name: 'twice' })
    expect(result.status).toBe(409)
    expect(result.text).toBe('token name already exists, twice')
  })

  it('requires a JSON Content-Type, answering 415 otherwise', async () => {
    const result = await createNamed({ token_name: 'x' }, { 'content-type': 'text/plain' })
    expect(result.status).toBe(415)
    expect(result.text).toBe('unacceptable content-type, expected: application/json')
    expect(result.headers.get('content-type')).toBeNull()
  })

  it.each(['application/json; charset=utf-8', 'application/merge-patch+json', 'Application/JSON'])(
    'accepts the JSON Content-Type %s',
    async (type) => {
      expect((await createNamed({ token_name: type }, { 'content-type': type })).status).toBe(201)
    },
  )

  it('answers 400 with a serde message when token_name is missing', async () => {
    const result = await createNamed({ expiry_secs: 60 })
    expect(result.status).toBe(400)
    expect(result.text).toBe('serde json error: missing field `token_name` at line 1 column 18')
  })

  it('answers 400 with a serde message when the body is not JSON', async () => {
    const result = await createNamed('{not json')
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^serde json error: /)
  })

  it('answers 400 when expiry_secs is negative', async () => {
    const result = await createNamed({ token_name: 'neg', expiry_secs: -1 })
    expect(result.text).toMatch(/^serde json error: invalid value: integer `-1`, expected u64/)
  })

  it('lists an HTTP-created token with naive UTC timestamps and without null columns', async () => {
    await createNamed({ token_name: 'listed', expiry_secs: 60 })
    const [row] = await sql(mock, admin, "SELECT * FROM system.tokens WHERE name = 'listed'")
    const parsed = tokenRowWire.parse(row)
    expect(parsed).toMatchObject({
      created_at: '2026-06-25T10:11:12.345',
      expiry: '2026-06-25T10:12:12.345',
      permissions: '*:*:*',
    })
    expect(Object.keys(row ?? {})).toEqual(['token_id', 'name', 'hash', 'created_at', 'expiry', 'permissions'])
  })
})

describe('regenerating the operator token', () => {
  it('keeps id, name and created_at but returns a new secret and hash', async () => {
    const [before] = await sql(mock, admin, "SELECT token_id, created_at FROM system.tokens WHERE name = '_admin'")
    const result = await call(mock, 'POST', '/api/v3/configure/token/admin/regenerate', { token: admin })
    expect(result.status).toBe(201)
    expect(result.headers.get('content-type')).toBe('json')
    const body = tokenCreatedWire.parse(result.json())
    expect(body).toMatchObject({ id: 0, name: '_admin', expiry: null })
    expect(body.token).not.toBe(admin)
    expect(await sha512Hex(body.token)).toBe(body.hash)
    const [after] = await sql(mock, body.token, "SELECT token_id, created_at FROM system.tokens WHERE name = '_admin'")
    expect(after).toEqual(before)
  })

  it('stops the old secret at once', async () => {
    await call(mock, 'POST', '/api/v3/configure/token/admin/regenerate', { token: admin })
    expect((await call(mock, 'GET', '/health', { token: admin })).status).toBe(401)
  })

  it("records updated_at and the operator token's own id as updated_by_token_id, whoever calls", async () => {
    const named = tokenCreatedWire.parse((await createNamed({ token_name: 'rotator' })).json())
    clock = T0 + 5000
    await call(mock, 'POST', '/api/v3/configure/token/admin/regenerate', { token: named.token })
    const [row] = await sql(mock, named.token, "SELECT updated_at, updated_by_token_id FROM system.tokens WHERE name = '_admin'")
    expect(row).toEqual({ updated_at: '2026-06-25T10:11:17.345', updated_by_token_id: 0 })
  })

  it('answers 500 "missing admin token, cannot update" when there is no operator token', async () => {
    const fresh = new MockInflux({ flavor: 'core' })
    const { token } = await fresh.createTokenDirect({ name: 'named-only' })
    const result = await call(fresh, 'POST', '/api/v3/configure/token/admin/regenerate', { token })
    expect(result.status).toBe(500)
    expect(result.text).toBe('missing admin token, cannot update')
  })
})

describe('deleting tokens', () => {
  it('deletes by name with 200, an empty body and no Content-Type', async () => {
    const created = tokenCreatedWire.parse((await createNamed({ token_name: 'doomed' })).json())
    const result = await call(mock, 'DELETE', '/api/v3/configure/token?token_name=doomed', { token: admin })
    expect(result.status).toBe(200)
    expect(result.text).toBe('')
    expect(result.headers.get('content-type')).toBeNull()
    expect((await call(mock, 'GET', '/health', { token: created.token })).status).toBe(401)
  })

  it('refuses to delete the operator token with 405', async () => {
    const result = await call(mock, 'DELETE', '/api/v3/configure/token?token_name=_admin', { token: admin })
    expect(result.status).toBe(405)
    expect(result.text).toBe('cannot delete operator token')
  })

  it('answers 404 with the name for an unknown token', async () => {
    const result = await call(mock, 'DELETE', '/api/v3/configure/token?token_name=ghost', { token: admin })
    expect(result.status).toBe(404)
    expect(result.text).toBe('the requested resource was not found: ghost')
  })

  it('answers 400 when token_name is missing', async () => {
    const result = await call(mock, 'DELETE', '/api/v3/configure/token', { token: admin })
    expect(result.status).toBe(400)
    expect(result.text).toBe('serde error: missing field `token_name`')
  })
})
