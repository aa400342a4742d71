// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { tokenCreatedWire } from '../wire'
import { type MockInflux } from './mock-influx'
import { createMock } from './seed'
import { call, sql } from './test-support'

const FORBIDDEN = '{"error": "unauthorized to perform requested action with the token"}'
const PATH = '/api/v3/enterprise/configure/token'

let mock: MockInflux
let admin: string

beforeEach(async () => {
  const seeded = await createMock('demo')
  mock = seeded.mock
  admin = seeded.operatorToken ?? ''
})

async function createResource(body: unknown) {
  return call(mock, 'POST', PATH, { token: admin, body })
}

async function resourceToken(name: string, permissions: string): Promise<string> {
  return (await mock.createTokenDirect({ name, permissions })).token
}

describe('creating resource tokens', () => {
  it('answers 201 with the admin-token shape and Content-Type: json', async () => {
    const result = await createResource({
      token_name: 'reader',
      permissions: [{ resource_type: 'db', resource_names: ['sensors', 'weather'], actions: ['read', 'write'] }],
      expiry_secs: 3600,
    })
    expect(result.status).toBe(201)
    expect(result.headers.get('content-type')).toBe('json')
    expect(tokenCreatedWire.parse(result.json()).name).toBe('reader')
  })

  it('lists a single permission as a plain string', async () => {
    await createResource({
      token_name: 'one',
      permissions: [{ resource_type: 'db', resource_names: ['sensors', 'weather'], actions: ['write', 'read'] }],
    })
    expect(await sql(mock, admin, "SELECT permissions FROM system.tokens WHERE name = 'one'")).toEqual([
      { permissions: 'db:sensors,weather:read,write' },
    ])
  })

  it('lists several permissions as a JSON array string', async () => {
    await createResource({
      token_name: 'several',
      permissions: [
        { resource_type: 'db', resource_names: ['sensors'], actions: ['read'] },
        { resource_type: 'system', resource_names: ['Health'], actions: ['read'] },
      ],
    })
    expect(await sql(mock, admin, "SELECT permissions FROM system.tokens WHERE name = 'several'")).toEqual([
      { permissions: '["db:sensors:read","system:health:read"]' },
    ])
  })

  it.each([
    [{ resource_type: '*', resource_names: ['*'], actions: ['*'] }, '* resource type can only be set for admin token'],
    [{ resource_type: 'table', resource_names: ['x'], actions: ['read'] }, 'resource type not supported table'],
    [{ resource_type: 'db', resource_names: ['*', 'sensors'], actions: ['read'] }, 'mixed wildcard (*) and resource name'],
    [{ resource_type: 'db', resource_names: ['no_such_db'], actions: ['read'] }, 'invalid resource name no_such_db'],
    [{ resource_type: 'system', resource_names: ['pprof'], actions: ['read'] }, 'invalid resource name pprof'],
    [{ resource_type: 'db', resource_names: ['sensors'], actions: ['admin'] }, 'action not supported, database action admin'],
    [{ resource_type: 'system', resource_names: ['health'], actions: ['write'] }, 'action not supported, system action write'],
  ])('rejects %j with 400 "cannot parse token permission, %s"', async (permission, detail) => {
    const result = await createResource({ token_name: 'bad', permissions: [permission] })
    expect(result.status).toBe(400)
    expect(result.text).toBe(`cannot parse token permission, ${detail}`)
  })

  it('rejects a soft-deleted database by its old name', async () => {
    const result = await createResource({
      token_name: 'late',
      permissions: [{ resource_type: 'db', resource_names: ['legacy_metrics'], actions: ['read'] }],
    })
    expect(result.text).toBe('cannot parse token permission, invalid resource name legacy_metrics')
  })

  it('rejects short-form string permissions with a serde error', async () => {
    const result = await createResource({ token_name: 'short', permissions: ['db:sensors:read'] })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^serde json error: invalid type: string "db:sensors:read", expected struct PermissionDetailsApi/)
  })

  it('refuses a duplicate name with 409', async () => {
    const result = await createResource({
      token_name: 'grafana-sensors',
      permissions: [{ resource_type: 'db', resource_names: ['*'], actions: ['read'] }],
    })
    expect(result.status).toBe(409)
    expect(result.text).toBe('token name already exists, grafana-sensors')
  })

  it('does not exist on Core', async () => {
    const core = await createMock('core')
    const result = await call(core.mock, 'POST', PATH, { token: core.operatorToken, body: { token_name: 'x', permissions: [] } })
    expect(result.status).toBe(404)
    expect(result.text).toBe('Not found')
  })
})

describe('authorization', () => {
  it('forbids a database token from creating tokens, with 403 and the JSON error', async () => {
    const reader = await resourceToken('r', 'db:sensors:read')
    const result = await call(mock, 'POST', '/api/v3/configure/token/named_admin', {
      token: reader,
      body: { token_name: 'escalate' },
    })
    expect(result.status).toBe(403)
    expect(result.text).toBe(FORBIDDEN)
    expect(result.headers.get('content-type')).toBeNull()
  })

  it.each([
    ['DELETE', '/api/v3/configure/token?token_name=grafana-sensors', undefined],
    ['POST', '/api/v3/configure/token/admin/regenerate', undefined],
    ['POST', '/api/v3/configure/database', { db: 'new_one' }],
    ['GET', '/api/v3/configure/database?format=json', undefined],
    ['DELETE', '/api/v3/configure/database?db=sensors', undefined],
  ])('forbids a database token %s %s', async (method, path, body) => {
    const reader = await resourceToken('r', 'db:*:read,write')
    expect((await call(mock, method, path, { token: reader, body })).status).toBe(403)
  })

  it('forbids a database token from reading system.tokens', async () => {
    const reader = await resourceToken('r', 'db:*:read')
    const result = await call(mock, 'POST', '/api/v3/query_sql', {
      token: reader,
      body: { db: '_internal', q: 'SELECT * FROM system.tokens' },
    })
    expect(result.status).toBe(403)
  })

  it('lets a database token query its own database, and forbids others', async () => {
    const reader = await resourceToken('r', 'db:sensors:read')
    const own = await call(mock, 'POST', '/api/v3/query_sql', {
      token: reader,
      body: { db: 'sensors', q: 'SELECT * FROM temperature' },
    })
    const other = await call(mock, 'POST', '/api/v3/query_sql', {
      token: reader,
      body: { db: 'weather', q: 'SELECT * FROM observations' },
    })
    expect(own.status).toBe(400)
    expect(own.text).toMatch(/^query error: /)
    expect(other.status).toBe(403)
  })

  it('forbids a write-only token from querying', async () => {
    const writer = await resourceToken('w', 'db:sensors:write')
    const result = await call(mock, 'POST', '/api/v3/query_sql', { token: writer, body: { db: 'sensors', q: 'SELECT 1' } })
    expect(result.status).toBe(403)
  })

  it('grants /health and /ping to a system token naming them, and nothing else', async () => {
    const probe = await resourceToken('probe', 'system:health,ping:read')
    expect((await call(mock, 'GET', '/health', { token: probe })).status).toBe(200)
    expect((await call(mock, 'GET', '/ping', { token: probe })).status).toBe(200)
    expect((await call(mock, 'GET', '/metrics', { token: probe })).status).toBe(403)
  })

  it('grants every system endpoint to system:*:read', async () => {
    const probe = await resourceToken('probe', 'system:*:read')
    for (const path of ['/health', '/ping', '/metrics', '/ready']) {
      expect((await call(mock, 'GET', path, { token: probe })).status).toBe(200)
    }
  })

  it('forbids /ping to a database-only token', async () => {
    const reader = await resourceToken('r', 'db:sensors:read')
    expect((await call(mock, 'GET', '/ping', { token: reader })).status).toBe(403)
  })

  it('never answers 403 on Core', async () => {
    const core = await createMock('core')
    const { token } = await core.mock.createTokenDirect({ name: 'named' })
    expect((await call(core.mock, 'GET', '/api/v3/configure/database?format=json', { token })).status).toBe(200)
  })
})
