/**
 * The backend contract: one set of tests, run against every product's adapter and mock through
 * the port alone. A new product is added to PRODUCTS below and must pass all of it; what a
 * product cannot do is declared on its row, never skipped silently.
 */
import { beforeEach, describe, expect, it } from 'vitest'

import { resetInfluxdb2Mock, resetManagementMock } from '../mocks/node'
import { failure } from '../test/failure'
import { operatorToken } from '../test/seeded-mock'
import type { Backend } from './port'
import type { ProductId } from './registry'
import { loadProduct } from './registry'

interface ContractProduct {
  id: ProductId
  /**
   * Answers the credential that manages the product's freshly seeded mock, and a database it has.
   * InfluxDB 3's mock is seeded before each test by src/test/setup.ts; another product seeds its own here.
   */
  seed: () => Promise<{ credential: string; database: string; scope?: Record<string, string> }>
  /** Token names are unique on this product: a second create with the same name is refused. */
  uniqueNames: boolean
  /** A reference to a token that does not exist, in the product's id format. */
  missingToken: { id: string; name: string }
  /**
   * A created token can manage tokens itself. Not on the management API: it creates database
   * tokens, which it refuses as credentials (only a management token opens it).
   */
  createdTokenManages: boolean
}

/** The management API's demo mock, answering on any origin through MSW. */
function seedManagement(product: 'cloud-dedicated' | 'clustered') {
  const mock = resetManagementMock('demo', { product })
  const scope = product === 'cloud-dedicated' ? { accountId: mock.accountId, clusterId: mock.clusterId } : undefined
  return Promise.resolve({ credential: mock.managementToken, database: 'sensors', scope })
}

const PRODUCTS: ContractProduct[] = [
  {
    id: 'influxdb3',
    seed: () => Promise.resolve({ credential: operatorToken(), database: 'sensors' }),
    uniqueNames: true,
    missingToken: { id: '999999', name: 'no-such-token' },
    createdTokenManages: true,
  },
  {
    // InfluxDB 2 OSS (the same adapter serves Cloud): descriptions are not unique, tokens never
    // expire (the adapter declares `neverExpire`), ids are 16 hex digits, the org is the scope.
    id: 'influxdb2',
    seed: () => {
      const seeded = resetInfluxdb2Mock('demo')
      return Promise.resolve({
        credential: seeded.operatorToken ?? '',
        database: 'telemetry',
        scope: { orgID: seeded.org?.id ?? '' },
      })
    },
    uniqueNames: false,
    missingToken: { id: '0123456789abcdef', name: '' },
    createdTokenManages: true,
  },
  ...(['cloud-dedicated', 'clustered'] as const).map((id) => ({
    id,
    seed: () => seedManagement(id),
    uniqueNames: false,
    missingToken: { id: '00000000-0000-4000-8000-000000000000', name: '' },
    createdTokenManages: false,
  })),
]

/** What a product's adapter declares, read once from a backend made without a server (no request is sent). */
const modules = new Map(await Promise.all(PRODUCTS.map(async ({ id }) => [id, await loadProduct(id)] as const)))
function declared(id: ProductId) {
  return modules.get(id)!.createBackend({ baseUrl: () => '', token: () => null, connectionKey: 'declared', scope: { orgID: '' } })
}
const declaresNeverExpire = (id: ProductId) => declared(id).tokens.neverExpire === true
const declaresSetStatus = (id: ProductId) => declared(id).tokens.setStatus !== undefined

describe.each(PRODUCTS)('the port, on $id', (product) => {
  let backend: Backend
  let database = ''
  let scope: Record<string, string> | undefined

  const connect = async (credential: string) =>
    (await loadProduct(product.id)).createBackend({
      baseUrl: () => 'http://contract.test',
      token: () => credential,
      connectionKey: 'contract',
      scope,
    })
  /** An expiry to ask for, where the product's tokens can expire at all. */
  const expiry = (seconds: number) => (backend.tokens.neverExpire ? null : seconds)

  beforeEach(async () => {
    const seeded = await product.seed()
    database = seeded.database
    scope = seeded.scope
    backend = await connect(seeded.credential)
  })

  it('names its product and scopes its answers to the connection', async () => {
    expect(backend.product).toBe(product.id)
    expect(backend.connectionKey).toBe('contract')
    expect((await backend.identify()).version).not.toBe('')
  })

  it('lists tokens with string ids, names and creation times, and no token string', async () => {
    const tokens = await backend.tokens.list()
    expect(tokens.length).toBeGreaterThan(0)
    for (const token of tokens) {
      expect(typeof token.id).toBe('string')
      expect(typeof token.name).toBe('string')
      expect(Number.isFinite(token.createdAt)).toBe(true)
      expect(Object.keys(token)).not.toContain('secret')
    }
  })

  it('creates a full-access token, reveals its string once, and lists it without the string', async () => {
    const created = await backend.tokens.create({ name: 'contract-admin', fullAccess: true, permissions: [], expirySecs: null })
    expect(created.secret.length).toBeGreaterThan(20)
    const listed = await backend.tokens.list()
    expect(listed.map((t) => t.name)).toContain('contract-admin')
    expect(JSON.stringify(listed)).not.toContain(created.secret)
    if (product.createdTokenManages) {
      // The new string works as a credential.
      expect((await (await connect(created.secret)).tokens.list()).length).toBeGreaterThan(0)
    } else {
      expect((await failure((await connect(created.secret)).tokens.list())).meaning).toBe('credential-invalid')
    }
  })

  it('creates a token that may read one database, until the expiry asked (or forever where tokens never expire)', async () => {
    const created = await backend.tokens.create({
      name: 'contract-reader',
      fullAccess: false,
      permissions: [{ resourceType: 'db', resourceNames: [database], actions: ['read'] }],
      expirySecs: expiry(86_400),
    })
    const listed = (await backend.tokens.list()).find((t) => t.id === created.id)
    expect(listed?.permissions).toEqual([{ resourceType: 'db', resourceNames: [database], actions: ['read'] }])
    if (backend.tokens.neverExpire) expect(listed?.expiresAt).toBeUndefined()
    else expect(listed?.expiresAt).toBeGreaterThan(Date.now())
  })

  it('tests a new token with its own string where a harmless call exists, and says why not elsewhere', async () => {
    const permissions = [{ resourceType: 'db', resourceNames: [database], actions: ['read'] }]
    const created = await backend.tokens.create({ name: 'contract-trial', fullAccess: false, permissions, expirySecs: null })
    const trial = await backend.tokens.trial?.({ permissions })
    expect(trial).toBeDefined()
    if (!trial?.possible) {
      expect(product.createdTokenManages).toBe(false)
      expect(trial?.reason).toMatch(/test it where it is used/)
      return
    }
    expect(await trial.run(created.secret)).toMatchObject({ ok: true })
    const wrong = await trial.run(`${created.secret.slice(0, -4)}xxxx`)
    expect(wrong.ok).toBe(false)
    expect(wrong.detail).toMatch(/^401/)
    expect((await backend.tokens.trial?.({ permissions: [{ ...permissions[0]!, actions: ['write'] }] }))?.possible).toBe(false)
  })

  it.runIf(declaresNeverExpire(product.id))('refuses an expiry where tokens never expire, before asking the server', async () => {
    await expect(backend.tokens.create({ name: 'x', fullAccess: true, permissions: [], expirySecs: 60 })).rejects.toThrow(
      TypeError,
    )
  })

  it('removes a token by its reference', async () => {
    const created = await backend.tokens.create({
      name: 'contract-gone',
      fullAccess: true,
      permissions: [],
      expirySecs: expiry(3600),
    })
    await backend.tokens.remove({ id: created.id, name: created.name })
    const after = (await backend.tokens.list()).find((t) => t.id === created.id)
    if (backend.tokens.revokes) {
      expect(after?.status).toBe('revoked')
      expect(after?.revokedAt).toBeGreaterThan(0)
    } else {
      expect(after).toBeUndefined()
    }
  })

  it('changes a token’s description and permissions in place where it can (replacing the whole set)', async () => {
    const { setDescription, setPermissions } = backend.tokens
    const created = await backend.tokens.create({
      name: 'contract-edit',
      fullAccess: false,
      permissions: [{ resourceType: 'db', resourceNames: [database], actions: ['read'] }],
      expirySecs: null,
    })
    await setDescription?.(created, 'contract-edited')
    await setPermissions?.(created, [{ resourceType: 'db', resourceNames: [database], actions: ['write'] }])
    const listed = (await backend.tokens.list()).find((t) => t.id === created.id)
    // A product without the capability keeps what the token had: nothing changed behind the port's back.
    expect(listed).toMatchObject({
      name: setDescription ? 'contract-edited' : 'contract-edit',
      permissions: [{ resourceType: 'db', resourceNames: [database], actions: [setPermissions ? 'write' : 'read'] }],
    })
  })

  it('answers 404 for a token that does not exist', async () => {
    expect((await failure(backend.tokens.remove(product.missingToken))).status).toBe(404)
  })

  it(`${product.uniqueNames ? 'refuses' : 'allows'} a second token with the same name`, async () => {
    await backend.tokens.create({ name: 'contract-twice', fullAccess: true, permissions: [], expirySecs: null })
    const again = backend.tokens.create({ name: 'contract-twice', fullAccess: true, permissions: [], expirySecs: null })
    if (product.uniqueNames) expect((await failure(again)).status).toBe(409)
    else expect((await again).name).toBe('contract-twice')
  })

  it.runIf(declaresSetStatus(product.id))('switches a token off and on where the product can', async () => {
    const created = await backend.tokens.create({
      name: 'contract-switch',
      fullAccess: true,
      permissions: [],
      expirySecs: expiry(3600),
    })
    await backend.tokens.setStatus?.({ id: created.id, name: created.name }, 'inactive')
    expect((await backend.tokens.list()).find((t) => t.id === created.id)?.status).toBe('inactive')
    await backend.tokens.setStatus?.({ id: created.id, name: created.name }, 'active')
    expect((await backend.tokens.list()).find((t) => t.id === created.id)?.status).toBe('active')
  })

  it('says a credential the server does not know is no longer valid (the reconnect dialog), not "not permitted"', async () => {
    const error = await failure((await connect('not-a-real-token')).tokens.list())
    expect(error.meaning).toBe('credential-invalid')
  })

  it('creates a database, changes its retention, clears it, and removes it', async () => {
    await backend.databases.create({ name: 'contract_db', retention: '7d' })
    const find = async () => (await backend.databases.list()).find((db) => db.name === 'contract_db' && !db.deleted)
    expect((await find())?.retentionSeconds).toBe(7 * 86_400)
    await backend.databases.setRetention('contract_db', '30d')
    expect((await find())?.retentionSeconds).toBe(30 * 86_400)
    await backend.databases.setRetention('contract_db', null)
    expect((await find())?.retentionSeconds).toBeUndefined()
    await backend.databases.remove('contract_db', { hardDeleteAt: 'now' })
    expect(await find()).toBeUndefined()
  })

  it('answers 404 for a database that does not exist', async () => {
    expect((await failure(backend.databases.remove('no_such_db'))).status).toBe(404)
  })

  it('declares its optional capabilities as functions, or leaves them out', () => {
    for (const capability of [backend.tokens.setStatus, backend.tokens.setDescription, backend.tokens.setPermissions]) {
      expect(capability === undefined || typeof capability === 'function').toBe(true)
    }
    expect(backend.operator === undefined || typeof backend.operator.regenerate === 'function').toBe(true)
  })
})
