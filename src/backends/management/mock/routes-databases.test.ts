// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { databaseWire, errorWire } from '../wire'
import { MockManagement } from './mock-management'
import { call } from './test-support'

const TOKEN = 'management-token'
let mock: MockManagement

beforeEach(() => {
  mock = new MockManagement({ product: 'clustered', managementToken: TOKEN })
})

const create = (body: unknown) => call(mock, 'POST', '/api/v0/databases', { token: TOKEN, body })

describe('databases', () => {
  it('creates with the spec defaults (500 tables, 200 columns, infinite retention) and answers 200', async () => {
    const result = await create({ name: 'sensors' })
    expect(result.status).toBe(200)
    expect(databaseWire.parse(result.json())).toEqual({
      name: 'sensors',
      maxTables: 500,
      maxColumnsPerTable: 200,
      retentionPeriod: 0,
    })
  })

  it('keeps the limits, retention and partition template given, as InfluxData’s MCP server sends all four', async () => {
    const body = {
      name: 'weather',
      maxTables: 10,
      maxColumnsPerTable: 20,
      retentionPeriod: 86_400_000_000_000,
      partitionTemplate: [{ type: 'time', value: '%Y' }],
    }
    expect(databaseWire.parse((await create(body)).json())).toEqual(body)
  })

  it('refuses a duplicate name with 409', async () => {
    await create({ name: 'sensors' })
    const again = await create({ name: 'sensors' })
    expect(again.status).toBe(409)
    expect(errorWire.parse(again.json()).code).toBe(409)
  })

  it.each([
    { name: '' },
    { name: '_x' },
    { name: 'a'.repeat(65) },
    { name: 'a b' },
    { name: 'x', maxTables: 0 },
    { name: 'x', retentionPeriod: -1 },
    { name: 'x', maxColumnsPerTable: 1.5 },
    { name: 'x', partitionTemplate: [] },
  ])('refuses %j with 400', async (body) => {
    expect((await create(body)).status).toBe(400)
  })

  it('changes limits and retention with PATCH, answers the database, and refuses an empty PATCH', async () => {
    await create({ name: 'sensors' })
    const patched = await call(mock, 'PATCH', '/api/v0/databases/sensors', {
      token: TOKEN,
      body: { retentionPeriod: 7, maxTables: 3 },
    })
    expect(databaseWire.parse(patched.json())).toMatchObject({ retentionPeriod: 7, maxTables: 3, maxColumnsPerTable: 200 })
    expect((await call(mock, 'PATCH', '/api/v0/databases/sensors', { token: TOKEN, body: {} })).status).toBe(400)
  })

  it('deletes with 204, after which the database is gone from the list and a second delete is a 404', async () => {
    await create({ name: 'sensors' })
    expect((await call(mock, 'DELETE', '/api/v0/databases/sensors', { token: TOKEN })).status).toBe(204)
    expect((await call(mock, 'GET', '/api/v0/databases', { token: TOKEN })).json()).toEqual([])
    expect((await call(mock, 'DELETE', '/api/v0/databases/sensors', { token: TOKEN })).status).toBe(404)
    expect((await call(mock, 'PATCH', '/api/v0/databases/sensors', { token: TOKEN, body: { maxTables: 1 } })).status).toBe(404)
  })
})
