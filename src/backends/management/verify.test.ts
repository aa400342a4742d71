import { describe, expect, it } from 'vitest'

import { clearManagementMock, resetManagementMock } from '../../mocks/node'
import { createDedicatedBackend } from './backend'
import { MESSAGES, verifyConnection } from './verify'

const BASE = 'http://mgmt.example'
const OTHER = '16fd2706-8baf-433b-82eb-8c7fada847da'

function dedicated() {
  const mock = resetManagementMock('demo', { product: 'cloud-dedicated' })
  const scope = { accountId: mock.accountId, clusterId: mock.clusterId }
  return { mock, scope }
}

const verify = (token: string, scope?: Record<string, string>, product: 'cloud-dedicated' | 'clustered' = 'cloud-dedicated') =>
  verifyConnection(product, { baseUrl: BASE, token, mode: 'direct', scope })

describe('connecting to Cloud Dedicated', () => {
  it('accepts the management token for its account and cluster', async () => {
    const { mock, scope } = dedicated()
    expect(await verify(mock.managementToken, scope)).toMatchObject({
      ok: true,
      info: { productName: 'InfluxDB Cloud Dedicated' },
    })
  })

  it('asks for both ids, and says which one is not an id', async () => {
    const { mock, scope } = dedicated()
    expect(await verify(mock.managementToken, { accountId: scope.accountId })).toMatchObject({ title: MESSAGES.missingIds })
    const result = await verify(mock.managementToken, { ...scope, clusterId: 'my-cluster' })
    expect(result).toMatchObject({ title: MESSAGES.wrongIds })
    expect(result.ok || result.detail).toContain('my-cluster')
  })

  it('says the token is not valid', async () => {
    const { scope } = dedicated()
    expect(await verify('not-a-token', scope)).toMatchObject({ ok: false, title: MESSAGES.invalid })
  })

  it('says a database token was given instead of a management token', async () => {
    const { mock, scope } = dedicated()
    const backend = createDedicatedBackend({ baseUrl: () => BASE, token: () => mock.managementToken, connectionKey: 'k', scope })
    const created = await backend.tokens.create({ name: 'db', fullAccess: true, permissions: [], expirySecs: null })
    expect(await verify(created.secret, scope)).toMatchObject({ ok: false, title: MESSAGES.databaseToken })
  })

  it('says the ids are wrong for another cluster, and the token may not manage another account', async () => {
    const { mock, scope } = dedicated()
    expect(await verify(mock.managementToken, { ...scope, clusterId: OTHER })).toMatchObject({ title: MESSAGES.wrongIds })
    expect(await verify(mock.managementToken, { ...scope, accountId: OTHER })).toMatchObject({ title: MESSAGES.notPermitted })
  })

  it('says no management API answers at a host that is not one', async () => {
    clearManagementMock()
    // The InfluxDB 3 mock answers /api/v0 with its plain-text 404.
    expect(await verify('any', { accountId: OTHER, clusterId: OTHER })).toMatchObject({
      ok: false,
      title: MESSAGES.notManagementApi,
    })
  })
})

describe('connecting to Clustered', () => {
  it('accepts the management token on the cluster host', async () => {
    const mock = resetManagementMock('empty', { product: 'clustered' })
    expect(await verify(mock.managementToken, undefined, 'clustered')).toMatchObject({
      ok: true,
      info: { productName: 'InfluxDB Clustered' },
    })
  })

  it('says no management API answers when neither path layout does', async () => {
    clearManagementMock()
    expect(await verify('any', undefined, 'clustered')).toMatchObject({ ok: false, title: MESSAGES.notManagementApi })
  })
})
