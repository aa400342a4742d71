// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { databaseListRowWire, systemDatabaseRowWire } from '../wire'
import { MockInflux } from './mock-influx'
import { createMock } from './seed'
import { call, sql } from './test-support'

const NOW = Date.UTC(2026, 10, 22, 9, 30, 15, 500)

let clock: number
let mock: MockInflux
let admin: string

beforeEach(async () => {
  clock = NOW
  const seeded = await createMock('core', { now: () => clock })
  mock = seeded.mock
  admin = seeded.operatorToken ?? ''
})

async function list(query = 'format=json') {
  return call(mock, 'GET', `/api/v3/configure/database?${query}`, { token: admin })
}

async function names(query = 'format=json'): Promise<string[]> {
  return ((await list(query)).json() as Record<string, unknown>[]).map((row) => databaseListRowWire.parse(row)['iox::database'])
}

async function create(body: unknown, headers?: Record<string, string>) {
  return call(mock, 'POST', '/api/v3/configure/database', { token: admin, body, headers })
}

async function retentionNs(db: string): Promise<unknown> {
  const rows = await sql(mock, admin, 'SELECT retention_period_ns FROM system.databases WHERE database_name = $db', { db })
  return rows[0]?.retention_period_ns
}

describe('listing databases', () => {
  it('returns iox::database objects sorted by name, _internal included, as application/json', async () => {
    const result = await list()
    expect(result.status).toBe(200)
    expect(result.headers.get('content-type')).toBe('application/json')
    expect(result.json()).toEqual([
      { 'iox::database': '_internal' },
      { 'iox::database': 'billing' },
      { 'iox::database': 'factory_floor' },
      { 'iox::database': 'sensors' },
      { 'iox::database': 'weather' },
    ])
  })

  it('requires format, answering 400 with the serde message', async () => {
    const result = await list('')
    expect(result.status).toBe(400)
    expect(result.text).toBe('serde error: missing field `format`')
  })

  it('adds deleted flags and soft-deleted databases, live ones first, with show_deleted=true', async () => {
    await call(mock, 'DELETE', '/api/v3/configure/database?db=billing&hard_delete_at=never', { token: admin })
    const rows = (await list('format=json&show_deleted=true')).json() as Record<string, unknown>[]
    expect(rows.at(-1)).toEqual({ 'iox::database': 'billing-20261122T093015', deleted: true })
    expect(rows[0]).toEqual({ 'iox::database': '_internal', deleted: false })
  })
})

describe('creating databases', () => {
  it('creates with 200 and an empty body, with the retention period in system.databases', async () => {
    const result = await create({ db: 'metrics', retention_period: '30d' })
    expect(result.status).toBe(200)
    expect(result.text).toBe('')
    expect(await retentionNs('metrics')).toBe(2_592_000_000_000_000)
  })

  it('creates with infinite retention when none is given, omitting the column', async () => {
    await create({ db: 'forever' })
    const rows = await sql(mock, admin, "SELECT * FROM system.databases WHERE database_name = 'forever'")
    expect(rows).toEqual([{ database_name: 'forever', deleted: false }])
    systemDatabaseRowWire.parse(rows[0])
  })

  it('reports a duplicate with 409', async () => {
    const result = await create({ db: 'sensors' })
    expect(result.status).toBe(409)
    expect(result.text).toBe('attempted to create a resource that already exists')
  })

  it('requires a JSON Content-Type', async () => {
    expect((await create({ db: 'x' }, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
  })

  it('answers a bad retention period with a serde json error', async () => {
    const result = await create({ db: 'x', retention_period: 'forever' })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^serde json error: /)
  })

  it.each([
    ['', 'db name cannot be empty'],
    ['a'.repeat(512), 'db name too long: max 511'],
    ['_private', 'db name did not start with a number or letter'],
    ['-dash', 'db name did not start with a number or letter'],
    [
      'has space',
      'invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens',
    ],
    [
      'café',
      'invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens',
    ],
    ['db/', "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"],
    [
      'db/rp/x',
      "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'",
    ],
  ])('rejects the name %j with 400 JSON {"error":"%s"}', async (db, message) => {
    const result = await create({ db })
    expect(result.status).toBe(400)
    expect(result.text).toBe(JSON.stringify({ error: message }))
    expect(result.headers.get('content-type')).toBeNull()
  })

  it.each(['a'.repeat(511), '9lives', 'a_b-c', 'telegraf/autogen'])('accepts the name %j', async (db) => {
    expect((await create({ db })).status).toBe(200)
  })

  it('stops at the Core limit of 5 user databases with 422 JSON', async () => {
    expect((await create({ db: 'fifth' })).status).toBe(200)
    const result = await create({ db: 'sixth' })
    expect(result.status).toBe(422)
    expect(result.text).toBe('{"error":"Adding a new database would exceed limit of 5 databases"}')
  })

  it('does not count soft-deleted databases against the limit', async () => {
    await create({ db: 'fifth' })
    await call(mock, 'DELETE', '/api/v3/configure/database?db=fifth', { token: admin })
    expect((await create({ db: 'sixth' })).status).toBe(200)
  })

  it('uses a limit of 100 on Enterprise and honours maxDatabases', async () => {
    const enterprise = new MockInflux({ flavor: 'enterprise', maxDatabases: 1 })
    const { token } = await enterprise.createTokenDirect({ name: 'a' })
    await call(enterprise, 'POST', '/api/v3/configure/database', { token, body: { db: 'one' } })
    const result = await call(enterprise, 'POST', '/api/v3/configure/database', { token, body: { db: 'two' } })
    expect(result.text).toBe('{"error":"Adding a new database would exceed limit of 1 databases"}')
  })
})

describe('changing retention', () => {
  it('sets retention with PUT and clears it when retention_period is omitted', async () => {
    const put = (body: unknown) => call(mock, 'PUT', '/api/v3/configure/database', { token: admin, body })
    expect((await put({ db: 'sensors', retention_period: '90d' })).status).toBe(200)
    expect(await retentionNs('sensors')).toBe(7_776_000_000_000_000)
    await put({ db: 'sensors', retention_period: null })
    expect(await retentionNs('sensors')).toBeUndefined()
  })

  it('answers a PUT without db with a serde json error', async () => {
    const result = await call(mock, 'PUT', '/api/v3/configure/database', { token: admin, body: { retention_period: '1d' } })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^serde json error: missing field `db`/)
  })

  it('sets and clears retention through retention_period with 204', async () => {
    const set = await call(mock, 'POST', '/api/v3/configure/database/retention_period?db=weather&duration=1h', { token: admin })
    expect(set.status).toBe(204)
    expect(await retentionNs('weather')).toBe(3_600_000_000_000)
    const cleared = await call(mock, 'DELETE', '/api/v3/configure/database/retention_period?db=weather', { token: admin })
    expect(cleared.status).toBe(204)
    expect(await retentionNs('weather')).toBeUndefined()
  })

  it('refuses to modify _internal with 500', async () => {
    const result = await call(mock, 'PUT', '/api/v3/configure/database', {
      token: admin,
      body: { db: '_internal', retention_period: '1d' },
    })
    expect(result.status).toBe(500)
    expect(result.text).toBe('cannot modify internal db')
  })
})

describe('deleting databases', () => {
  async function remove(query: string) {
    return call(mock, 'DELETE', `/api/v3/configure/database?${query}`, { token: admin })
  }

  it('soft-deletes by renaming to name-YYYYMMDDTHHMMSS with a hard deletion 72 hours later by default', async () => {
    const result = await remove('db=sensors')
    expect(result.status).toBe(200)
    expect(result.text).toBe('')
    const rows = await sql(
      mock,
      admin,
      'SELECT database_name, deleted, hard_deletion_time FROM system.databases WHERE deleted = true',
    )
    expect(rows).toEqual([
      { database_name: 'sensors-20261122T093015', deleted: true, hard_deletion_time: '2026-11-25T09:30:15Z' },
    ])
  })

  it('keeps a database deleted with hard_delete_at=never without a hard deletion time', async () => {
    await remove('db=sensors&hard_delete_at=never')
    expect(await sql(mock, admin, 'SELECT hard_deletion_time FROM system.databases WHERE deleted')).toEqual([{}])
  })

  it('removes a database at once with hard_delete_at=now', async () => {
    await remove('db=sensors&hard_delete_at=now')
    expect(await names('format=json&show_deleted=true')).not.toContainEqual(expect.stringMatching(/^sensors/))
  })

  it('treats a past hard_delete_at timestamp as now', async () => {
    await remove('db=sensors&hard_delete_at=2020-01-01T00:00:00Z')
    expect(await names('format=json&show_deleted=true')).not.toContainEqual(expect.stringMatching(/^sensors/))
  })

  it('purges a soft-deleted database when its hard deletion time has come', async () => {
    await remove('db=sensors&hard_delete_at=2026-11-23T00:00:00Z')
    expect(await names('format=json&show_deleted=true')).toContain('sensors-20261122T093015')
    clock = Date.UTC(2026, 10, 23)
    expect(await names('format=json&show_deleted=true')).not.toContain('sensors-20261122T093015')
  })

  it('frees the name for a new database', async () => {
    await remove('db=sensors')
    expect((await create({ db: 'sensors' })).status).toBe(200)
  })

  it('answers 404 text for an unknown database', async () => {
    const result = await remove('db=nowhere')
    expect(result.status).toBe(404)
    expect(result.text).toBe('the requested resource was not found: nowhere')
  })

  it('answers 400 when db is missing', async () => {
    const result = await remove('')
    expect(result.status).toBe(400)
    expect(result.text).toBe('serde error: missing field `db`')
  })

  it('refuses to delete _internal with 500', async () => {
    const result = await remove('db=_internal')
    expect(result.status).toBe(500)
    expect(result.text).toBe('cannot delete internal db')
  })

  it('leaves the permission text of tokens granting a deleted database unchanged', async () => {
    const demo = await createMock('demo')
    const rows = await sql(
      demo.mock,
      demo.operatorToken,
      "SELECT permissions FROM system.tokens WHERE name = 'legacy-metrics-writer'",
    )
    expect(rows).toEqual([{ permissions: 'db:legacy_metrics:write' }])
  })
})
