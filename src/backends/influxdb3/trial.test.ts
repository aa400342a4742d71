import { describe, expect, it } from 'vitest'

import type { Permission } from '../../lib/permission'
import { operatorToken } from '../../test/seeded-mock'
import { createInfluxdb3Backend } from './backend'

const connect = (token: string) =>
  createInfluxdb3Backend({ baseUrl: () => 'http://trial.test', token: () => token, connectionKey: 'trial' })

async function tried(permissions: Permission[] | 'admin') {
  const backend = connect(operatorToken())
  const created = await backend.tokens.create({
    name: `trial-${Math.random().toString(36).slice(2, 8)}`,
    fullAccess: permissions === 'admin',
    permissions: permissions === 'admin' ? [] : permissions,
    expirySecs: null,
  })
  const listed = (await backend.tokens.list()).find((t) => t.id === created.id)!
  const trial = await backend.tokens.trial!(listed)
  return { trial, secret: created.secret }
}

describe('testing an InfluxDB 3 token with its own string', () => {
  it('lists the databases with an admin token', async () => {
    const { trial, secret } = await tried('admin')
    expect(trial.possible && trial.call).toContain('/api/v3/configure/database')
    expect(trial.possible && (await trial.run(secret))).toMatchObject({ ok: true })
  })

  it('reads /health with a token that may read only health', async () => {
    const { trial, secret } = await tried([{ resourceType: 'system', resourceNames: ['health'], actions: ['read'] }])
    expect(trial).toMatchObject({ possible: true, call: 'GET /health' })
    expect(trial.possible && (await trial.run(secret))).toMatchObject({ ok: true })
  })

  it('runs SELECT 1 on some database for a token that may read all of them', async () => {
    const { trial, secret } = await tried([{ resourceType: 'db', resourceNames: ['*'], actions: ['read'] }])
    expect(trial).toMatchObject({ possible: true, call: 'SELECT 1 on a database' })
    const result = trial.possible ? await trial.run(secret) : null
    expect(result?.ok).toBe(true)
    expect(result?.detail).toMatch(/SELECT 1 ran on/)
  })

  it('reports the server’s refusal when the string may not make the call', async () => {
    const { secret } = await tried([{ resourceType: 'db', resourceNames: ['sensors'], actions: ['write'] }])
    const health = await connect(operatorToken()).tokens.trial!({
      permissions: [{ resourceType: 'system', resourceNames: ['health'], actions: ['read'] }],
    })
    const result = health.possible ? await health.run(secret) : null
    expect(result?.ok).toBe(false)
    expect(result?.detail).toMatch(/^403/)
  })

  it('says a write-only token has no harmless call, and one it cannot read has none it knows', async () => {
    const backend = connect(operatorToken())
    const writeOnly = await backend.tokens.trial!({
      permissions: [{ resourceType: 'db', resourceNames: ['sensors'], actions: ['write'] }],
    })
    expect(!writeOnly.possible && writeOnly.reason).toMatch(/only write/)
    expect(await backend.tokens.trial!({ permissions: null })).toMatchObject({ possible: false })
  })
})
