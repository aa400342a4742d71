// The InfluxDB 2 adapter behind the port, against the mock through MSW: how authorizations become
// the console's tokens and permissions, and how drafts become v2 permission sets.
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { FULL_ACCESS } from '../../lib/permission'
import { resetInfluxdb2Mock, server } from '../../mocks/node'
import { isOutcomeError } from '../http/outcome'
import type { Backend } from '../port'
import { createInfluxdb2Backend } from './backend'
import type { SeededInfluxdb2 } from './mock/seed'

const BASE = 'http://influxdb2.test'
let seeded: SeededInfluxdb2
let backend: Backend

function seed(options?: Parameters<typeof resetInfluxdb2Mock>[1]) {
  seeded = resetInfluxdb2Mock('demo', options)
  backend = createInfluxdb2Backend({
    baseUrl: () => BASE,
    token: () => seeded.operatorToken,
    connectionKey: 'test',
    scope: { orgID: seeded.org?.id ?? '' },
  })
}

beforeEach(() => seed())

const byName = async (name: string) => (await backend.tokens.list()).find((t) => t.name === name)

describe('tokens as the port lists them', () => {
  it('lists only the org’s authorizations, with status, owner, update time and no string', async () => {
    const tokens = await backend.tokens.list()
    expect(tokens.map((t) => t.name)).not.toContain('Globex all access')
    const paused = tokens.find((t) => t.name === 'Billing export (paused)')
    expect(paused).toMatchObject({ status: 'inactive', owner: { name: 'admin' }, expiresAt: undefined, fingerprint: undefined })
    expect(paused?.updatedAt).toBeGreaterThan(0)
    expect(JSON.stringify(tokens)).not.toContain(seeded.operatorToken)
  })

  it('marks the tokens that may be the session’s own where the server lists no strings', async () => {
    const tokens = await backend.tokens.list()
    // All-access tokens read this org's authorizations; the console's own is one of them.
    expect((await byName("admin's Token"))?.session).toBe('maybe')
    expect((await byName('Grafana dashboards'))?.session).toBeUndefined()
    expect(tokens.filter((t) => t.status === 'inactive').every((t) => t.session === undefined)).toBe(true)
    expect(tokens.some((t) => t.session === 'yes')).toBe(false)
  })

  it('marks exactly the session’s own token where the server still lists strings (OSS ≤ 2.7)', async () => {
    seed({ tokenDisplay: 'oss-legacy' })
    const marked = (await backend.tokens.list()).filter((t) => t.session !== undefined)
    expect(marked).toEqual([expect.objectContaining({ name: "admin's Token", session: 'yes' })])
  })

  it('says the session’s token no longer works once it is switched off, where the lists would only come back empty', async () => {
    const own = [...seeded.mock.store.auths.values()].find((a) => a.token === seeded.operatorToken)
    if (own) own.status = 'inactive'
    await expect(backend.tokens.list()).rejects.toMatchObject({
      status: 401,
      message: 'token is inactive',
      meaning: 'credential-invalid',
    })
  })

  it('reads the operator token and the UI’s All Access set as full access', async () => {
    expect((await byName("admin's Token"))?.permissions).toEqual([FULL_ACCESS])
    expect((await byName('All access for the platform team'))?.permissions).toEqual([FULL_ACCESS])
  })

  it('names buckets, groups actions, and keeps every-of-a-type as *', async () => {
    expect((await byName('Grafana dashboards'))?.permissions).toEqual([
      { resourceType: 'db', resourceNames: ['telemetry', 'sensors'], actions: ['read'] },
    ])
    expect((await byName('Telegraf on the factory floor'))?.permissions).toEqual([
      { resourceType: 'db', resourceNames: ['factory_floor'], actions: ['write'] },
      { resourceType: 'telegrafs', resourceNames: ['*'], actions: ['read'] },
    ])
    expect((await byName('Tasks and checks'))?.permissions).toEqual([
      { resourceType: 'tasks', resourceNames: ['*'], actions: ['read', 'write'] },
      { resourceType: 'checks', resourceNames: ['*'], actions: ['read', 'write'] },
    ])
  })

  it('keeps a grant on a deleted bucket visible, named by its id and marked unresolved', async () => {
    const [permission] = (await byName('Old metrics reader'))?.permissions ?? []
    const id = permission?.resourceNames[0] ?? ''
    expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(permission).toEqual({ resourceType: 'db', resourceNames: [id, 'archive'], actions: ['read'], unresolved: [id] })
  })

  it('gives the raw permissions as the server writes them', async () => {
    expect((await byName('Read every bucket'))?.permissionsText).toBe(`read:orgs/${seeded.org?.id}/buckets`)
  })
})

describe('tokens the port creates and changes', () => {
  it('creates a full-access token as the UI’s All Access set, which lists as full access', async () => {
    const created = await backend.tokens.create({ name: 'everything', fullAccess: true, permissions: [], expirySecs: null })
    expect(created.secret).toMatch(/==$/)
    expect(created.hash).toMatch(/^[0-9a-f]{128}$/)
    expect((await byName('everything'))?.permissions).toEqual([FULL_ACCESS])
  })

  it('creates bucket grants by name, sent as bucket ids', async () => {
    const permissions = [{ resourceType: 'db', resourceNames: ['weather', 'logs'], actions: ['read', 'write'] }]
    await backend.tokens.create({ name: 'two buckets', fullAccess: false, permissions, expirySecs: null })
    expect((await byName('two buckets'))?.permissions).toEqual(permissions)
    expect((await byName('two buckets'))?.permissionsText).toContain(
      `buckets/${seeded.mock.store.bucketNamed(seeded.org?.id ?? '', 'weather')?.id}`,
    )
  })

  it('refuses a bucket the org does not have, and any expiry', async () => {
    const unknown = [{ resourceType: 'db', resourceNames: ['nope'], actions: ['read'] }]
    await expect(backend.tokens.create({ name: 'x', fullAccess: false, permissions: unknown, expirySecs: null })).rejects.toThrow(
      'no bucket named nope',
    )
    await expect(backend.tokens.create({ name: 'x', fullAccess: true, permissions: [], expirySecs: 3600 })).rejects.toThrow(
      'never expire',
    )
    expect(backend.tokens.neverExpire).toBe(true)
  })

  it('says the token was made but its string withheld when the server answers it empty', async () => {
    const [sample] = await backend.tokens.list()
    server.use(
      http.post(`${BASE}/api/v2/authorizations`, () =>
        HttpResponse.json(
          {
            id: sample?.id,
            token: '',
            status: 'active',
            orgID: seeded.org?.id,
            userID: 'ffffffffffffffff',
            permissions: [],
            createdAt: '2026-01-01T00:00:00.000000000Z',
          },
          { status: 201 },
        ),
      ),
    )
    const error: unknown = await backend.tokens
      .create({ name: 'x', fullAccess: true, permissions: [], expirySecs: null })
      .catch((e: unknown) => e)
    expect(isOutcomeError(error) && error.outcome).toBe('done-without-secret')
  })

  it('switches a token off and on, and describes it anew', async () => {
    const token = await byName('Grafana dashboards')
    await backend.tokens.setStatus?.({ id: token?.id ?? '', name: '' }, 'inactive')
    await backend.tokens.setDescription?.({ id: token?.id ?? '', name: '' }, 'Grafana (paused)')
    expect(await byName('Grafana (paused)')).toMatchObject({ status: 'inactive', permissions: token?.permissions })
    expect(backend.tokens.setPermissions).toBeUndefined()
    expect(backend.operator).toBeUndefined()
  })
})

describe('databases are buckets', () => {
  it('lists buckets with retention in seconds, infinite as undefined, system buckets marked, tables not counted', async () => {
    const databases = await backend.databases.list()
    expect(databases.find((d) => d.name === 'telemetry')).toMatchObject({
      retentionSeconds: 30 * 86_400,
      isSystem: false,
      tableCount: undefined,
    })
    expect(databases.find((d) => d.name === 'weather')?.retentionSeconds).toBeUndefined()
    expect(databases.filter((d) => d.isSystem).map((d) => d.name)).toEqual(['_monitoring', '_tasks'])
  })

  it('says which org is missing when the connection names none', async () => {
    const orphan = createInfluxdb2Backend({ baseUrl: () => BASE, token: () => seeded.operatorToken, connectionKey: 'x' })
    await expect(orphan.tokens.list()).rejects.toThrow('needs an org')
  })
})
