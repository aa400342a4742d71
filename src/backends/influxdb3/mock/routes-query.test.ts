// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { tableCountRowWire, tokenRowWire } from '../wire'
import { MockInflux } from './mock-influx'
import { call, sql } from './test-support'

const T0 = Date.UTC(2026, 0, 10, 12, 0, 0)
const DAY = 86_400_000

let mock: MockInflux
let admin: string

/** Tokens 0–4 with known names, times and expiries, plus two databases with tables. */
beforeEach(async () => {
  mock = new MockInflux({ flavor: 'enterprise', now: () => T0 })
  mock.addDatabase('alpha', 86_400)
  mock.addDatabase('beta')
  mock.addTable('alpha', 'cpu', { tags: ['host', 'region'], fields: ['usage'] })
  mock.addTable('alpha', 'mem', { tags: ['host'], fields: ['used', 'free'], lastCaches: 1 })
  mock.addTable('beta', 'disk', { tags: ['host'], fields: ['free'] })
  const created = await mock.createTokensDirect([
    { name: '_admin', createdAt: T0 - 10 * DAY },
    { name: 'writer', permissions: 'db:alpha:write', createdAt: T0 - 5 * DAY, expiry: T0 + DAY },
    { name: 'reader', permissions: 'db:alpha,beta:read', createdAt: T0 - 3 * DAY + 123 },
    { name: 'probe', permissions: 'system:health:read', createdAt: T0 - 2 * DAY, expiry: T0 - DAY },
    { name: 'ops', createdAt: T0 - DAY },
  ])
  admin = created[0]?.token ?? ''
})

async function names(where: string, params?: Record<string, string | number | boolean | null>): Promise<unknown[]> {
  return (await sql(mock, admin, `SELECT name FROM system.tokens ${where}`, params)).map((row) => row.name)
}

async function queryError(q: string, db = '_internal') {
  return call(mock, 'POST', '/api/v3/query_sql', { token: admin, body: { db, q } })
}

describe('query_sql requests', () => {
  it('answers GET with db, q and format in the query string', async () => {
    const result = await call(
      mock,
      'GET',
      `/api/v3/query_sql?db=_internal&format=json&q=${encodeURIComponent('SELECT name FROM system.tokens LIMIT 1')}`,
      { token: admin },
    )
    expect(result.status).toBe(200)
    expect(result.headers.get('content-type')).toBe('application/json')
    expect(result.json()).toEqual([{ name: '_admin' }])
  })

  it('reads GET params from a JSON string', async () => {
    const q = encodeURIComponent('SELECT token_id FROM system.tokens WHERE name = $n')
    const params = encodeURIComponent(JSON.stringify({ n: 'probe' }))
    const result = await call(mock, 'GET', `/api/v3/query_sql?db=_internal&q=${q}&params=${params}`, { token: admin })
    expect(result.json()).toEqual([{ token_id: 3 }])
  })

  it('writes JSON lines for format=jsonl', async () => {
    const result = await call(mock, 'POST', '/api/v3/query_sql', {
      token: admin,
      body: { db: '_internal', q: 'SELECT token_id FROM system.tokens LIMIT 2', format: 'jsonl' },
    })
    expect(result.text).toBe('{"token_id":0}\n{"token_id":1}\n')
  })

  it('takes the format from Accept when none is given', async () => {
    const result = await call(mock, 'POST', '/api/v3/query_sql', {
      token: admin,
      body: { db: '_internal', q: 'SELECT token_id FROM system.tokens LIMIT 1' },
      headers: { accept: 'application/jsonl', 'content-type': 'application/json' },
    })
    expect(result.text).toBe('{"token_id":0}\n')
  })

  it('answers 400 for formats the mock does not write', async () => {
    const result = await call(mock, 'POST', '/api/v3/query_sql', {
      token: admin,
      body: { db: '_internal', q: 'SELECT 1', format: 'csv' },
    })
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^query error: /)
  })

  it('answers 404 JSON for an unknown database', async () => {
    const result = await queryError('SELECT * FROM system.tokens', 'nope')
    expect(result.status).toBe(404)
    expect(result.text).toBe('{"error":"query error: database not found: nope"}')
  })

  it('does not find the system tables in another database', async () => {
    const result = await queryError('SELECT * FROM system.tokens', 'alpha')
    expect(result.status).toBe(400)
    expect(result.text).toBe(
      "query error: error while planning query: Error during planning: table 'public.system.tokens' not found",
    )
  })

  it('says plainly that it cannot answer unsupported SQL', async () => {
    const result = await queryError('SELECT name FROM system.tokens t JOIN system.databases d ON true')
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^query error: the mock InfluxDB 3 server does not support /)
  })

  it('answers an unknown column with a planning error', async () => {
    const result = await queryError('SELECT nope FROM system.tokens')
    expect(result.status).toBe(400)
    expect(result.text).toMatch(/^query error: error while planning query: Schema error: No field named nope\./)
  })
})

describe('system.tokens', () => {
  it('has the real columns in order, omits null columns and prints naive UTC timestamps', async () => {
    const rows = await sql(mock, admin, 'SELECT * FROM system.tokens')
    expect(rows[1]?.hash).toMatch(/^[0-9a-f]{9}$/)
    expect(rows[1]).toEqual({
      token_id: 1,
      name: 'writer',
      hash: rows[1]?.hash,
      created_at: '2026-01-05T12:00:00',
      expiry: '2026-01-11T12:00:00',
      permissions: 'db:alpha:write',
    })
    expect(Object.keys(rows[1] ?? {})).toEqual(['token_id', 'name', 'hash', 'created_at', 'expiry', 'permissions'])
    expect(rows[2]?.created_at).toBe('2026-01-07T12:00:00.123')
    rows.forEach((row) => tokenRowWire.parse(row))
  })

  it('keeps the SELECT order of columns', async () => {
    const [row] = await sql(mock, admin, 'SELECT permissions, token_id FROM system.tokens LIMIT 1')
    expect(Object.keys(row ?? {})).toEqual(['permissions', 'token_id'])
  })

  it('renames columns with AS', async () => {
    expect(await sql(mock, admin, 'SELECT name AS token_name FROM system.tokens WHERE token_id = 4')).toEqual([
      { token_name: 'ops' },
    ])
  })
})

describe('WHERE', () => {
  it.each([
    ["WHERE name = 'ops'", ['ops']],
    ["WHERE name != 'ops' AND token_id < 3", ['_admin', 'writer', 'reader']],
    ["WHERE name <> '_admin' AND token_id <= 2", ['writer', 'reader']],
    ['WHERE token_id > 3', ['ops']],
    ['WHERE token_id >= 3', ['probe', 'ops']],
    ["WHERE permissions LIKE 'db:%'", ['writer', 'reader']],
    ["WHERE permissions NOT LIKE '%*:*:*%'", ['writer', 'reader', 'probe']],
    ["WHERE name LIKE '_p_'", ['ops']],
    ['WHERE expiry IS NULL', ['_admin', 'reader', 'ops']],
    ['WHERE expiry IS NOT NULL', ['writer', 'probe']],
    ["WHERE name = 'ops' OR name = 'probe'", ['probe', 'ops']],
    ["WHERE (name = 'ops' OR name = 'probe') AND token_id = 3", ['probe']],
    ["WHERE NOT name LIKE '%r'", ['_admin', 'probe', 'ops']],
    ["WHERE name IN ('ops', 'reader')", ['reader', 'ops']],
    ["WHERE created_at > '2026-01-07'", ['reader', 'probe', 'ops']],
    ['WHERE expiry < now()', ['probe']],
    ["wHeRe NAME = 'ops'", ['ops']],
  ])('filters %s', async (where, expected) => {
    expect(await names(where)).toEqual(expected)
  })

  it('never matches NULL with a comparison', async () => {
    expect(await names("WHERE expiry != '2000-01-01'")).toEqual(['writer', 'probe'])
  })

  it('compares booleans and numbers in system.databases', async () => {
    const rows = await sql(
      mock,
      admin,
      'SELECT database_name FROM system.databases WHERE deleted = false AND retention_period_ns > 0',
    )
    expect(rows).toEqual([{ database_name: '_internal' }, { database_name: 'alpha' }])
  })

  it('binds $params from the request', async () => {
    expect(await names('WHERE name = $name OR token_id = $id', { name: 'ops', id: 1 })).toEqual(['writer', 'ops'])
  })

  it('reports a $param without a value as a planning error', async () => {
    const result = await queryError('SELECT name FROM system.tokens WHERE name = $missing')
    expect(result.text).toMatch(/^query error: error while planning query: .*\$missing/)
  })

  it("escapes a quote in a string literal as ''", async () => {
    expect(await names("WHERE name = 'o''ps'")).toEqual([])
  })
})

describe('ORDER BY, LIMIT and GROUP BY', () => {
  it('orders descending and limits', async () => {
    expect(await names('ORDER BY token_id DESC LIMIT 2')).toEqual(['ops', 'probe'])
  })

  it('orders by several keys, by a column not selected', async () => {
    expect(await names('ORDER BY permissions ASC, created_at DESC')).toEqual(['ops', '_admin', 'reader', 'writer', 'probe'])
  })

  it('puts NULLs last ascending and first descending', async () => {
    expect(await names('ORDER BY expiry')).toEqual(['probe', 'writer', '_admin', 'reader', 'ops'])
    expect((await names('ORDER BY expiry DESC')).slice(0, 3)).toEqual(['_admin', 'reader', 'ops'])
  })

  it('skips rows with OFFSET', async () => {
    expect(await names('ORDER BY token_id LIMIT 2 OFFSET 1')).toEqual(['writer', 'reader'])
  })

  it('counts rows per group with COUNT(*) AS alias', async () => {
    const rows = await sql(
      mock,
      admin,
      'SELECT database_name, COUNT(*) AS table_count FROM system.tables WHERE deleted = false GROUP BY database_name ORDER BY database_name',
    )
    expect(rows).toEqual([
      { database_name: 'alpha', table_count: 2 },
      { database_name: 'beta', table_count: 1 },
    ])
    rows.forEach((row) => tableCountRowWire.parse(row))
  })

  it('counts all rows without GROUP BY under the name count(*)', async () => {
    expect(await sql(mock, admin, 'SELECT COUNT(*) FROM system.tokens')).toEqual([{ 'count(*)': 5 }])
  })

  it('orders groups by their count', async () => {
    const rows = await sql(
      mock,
      admin,
      'SELECT database_name, count(*) AS n FROM system.tables GROUP BY database_name ORDER BY n DESC',
    )
    expect(rows.map((row) => row.database_name)).toEqual(['alpha', 'beta'])
  })

  it('refuses a selected column that is not grouped', async () => {
    const result = await queryError('SELECT table_name, COUNT(*) FROM system.tables GROUP BY database_name')
    expect(result.status).toBe(400)
  })
})

describe('system.databases and system.tables', () => {
  it('lists _internal with 7 days of retention in nanoseconds', async () => {
    const rows = await sql(mock, admin, "SELECT * FROM system.databases WHERE database_name = '_internal'")
    expect(rows).toEqual([{ database_name: '_internal', retention_period_ns: 604_800_000_000_000, deleted: false }])
  })

  it('has the real system.tables columns', async () => {
    const rows = await sql(mock, admin, "SELECT * FROM system.tables WHERE table_name = 'cpu'")
    expect(rows).toEqual([
      {
        database_name: 'alpha',
        table_name: 'cpu',
        column_count: 4,
        series_key_columns: 'host, region',
        last_cache_count: 0,
        distinct_cache_count: 0,
        deleted: false,
      },
    ])
  })
})
