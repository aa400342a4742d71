// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { parseUtcTimestamp } from '../../../lib/time'
import { parsePermissions } from '../permissions'
import { MockInflux } from './mock-influx'
import { createMock, seedScenario } from './seed'
import { call, sql } from './test-support'

const DAY = 86_400_000

describe('the demo scenario', () => {
  it('is Enterprise with _internal and at least five user databases that have tables', async () => {
    const { mock, operatorToken } = await createMock('demo')
    expect(mock.flavor).toBe('enterprise')
    const rows = await sql(
      mock,
      operatorToken,
      'SELECT database_name, COUNT(*) AS n FROM system.tables WHERE deleted = false GROUP BY database_name',
    )
    expect(rows.length).toBeGreaterThanOrEqual(5)
    const databases = await sql(mock, operatorToken, 'SELECT database_name FROM system.databases WHERE deleted = false')
    expect(databases.map((row) => row.database_name)).toContain('_internal')
  })

  it('has at least ten tokens of every kind, all permissions parseable', async () => {
    const { mock, operatorToken } = await createMock('demo')
    const now = mock.now()
    const rows = await sql(mock, operatorToken, 'SELECT * FROM system.tokens ORDER BY token_id')
    expect(rows.length).toBeGreaterThanOrEqual(10)
    expect(rows[0]).toMatchObject({ token_id: 0, name: '_admin' })
    const permissions = rows.map((row) => String(row.permissions))
    expect(permissions.every((text) => parsePermissions(text).ok)).toBe(true)
    expect(permissions).toEqual(expect.arrayContaining(['*:*:*', 'db:*:read', 'system:*:read', 'system:metrics:read']))
    expect(permissions.some((text) => text.startsWith('['))).toBe(true)
    const expiries = rows.flatMap((row) =>
      typeof row.expiry === 'string' ? [parseUtcTimestamp(row.expiry)?.getTime() ?? 0] : [],
    )
    expect(expiries.some((ms) => ms <= now)).toBe(true)
    expect(expiries.some((ms) => ms > now && ms < now + 7 * DAY)).toBe(true)
  })

  it('returns an operator token that works', async () => {
    const { mock, operatorToken } = await createMock('demo')
    expect(operatorToken).toMatch(/^apiv3_[A-Za-z0-9_-]{86}$/)
    expect((await call(mock, 'GET', '/health', { token: operatorToken })).status).toBe(200)
  })
})

describe('the other scenarios', () => {
  it('seeds Core with admin tokens only and at most five user databases', async () => {
    const { mock, operatorToken } = await createMock('core')
    expect(mock.flavor).toBe('core')
    const kinds = await sql(mock, operatorToken, 'SELECT permissions, COUNT(*) AS n FROM system.tokens GROUP BY permissions')
    expect(kinds.map((row) => row.permissions)).toEqual(['*:*:*'])
    const users = await sql(mock, operatorToken, "SELECT COUNT(*) AS n FROM system.databases WHERE database_name != '_internal'")
    expect(users[0]?.n).toBeLessThanOrEqual(5)
  })

  it('leaves the empty scenario without tokens, ready to bootstrap', async () => {
    const { mock, operatorToken } = await createMock('empty')
    expect(operatorToken).toBeNull()
    const result = await call(mock, 'POST', '/api/v3/configure/token/admin')
    expect((result.json() as { id: number }).id).toBe(0)
    const databases = await call(mock, 'GET', '/api/v3/configure/database?format=json', {
      token: (result.json() as { token: string }).token,
    })
    expect(databases.json()).toEqual([{ 'iox::database': '_internal' }])
  })

  it('refuses a scenario of the other flavor', async () => {
    await expect(seedScenario(new MockInflux({ flavor: 'core' }), 'demo')).rejects.toThrow(/enterprise/)
  })

  it('seeds 10 000 tokens and 1 000 databases for the large scenario', async () => {
    const { mock, operatorToken } = await createMock('large')
    const [tokens] = await sql(mock, operatorToken, 'SELECT COUNT(*) AS n FROM system.tokens')
    const [databases] = await sql(
      mock,
      operatorToken,
      "SELECT COUNT(*) AS n FROM system.databases WHERE database_name != '_internal'",
    )
    expect(tokens?.n).toBe(10_000)
    expect(databases?.n).toBe(1_000)
    // Only the operator's string was made; the others still have a hash of the stored form.
    const hashes = (await sql(mock, operatorToken, 'SELECT hash FROM system.tokens')).map((row) => String(row.hash))
    expect(hashes.every((hash) => /^[0-9a-f]{9}$/.test(hash))).toBe(true)
  })
})
