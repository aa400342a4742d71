import { describe, expect, it } from 'vitest'

import { resetManagementMock } from '../../mocks/node'
import type { BackendConnection } from '../port'
import { createClusteredBackend, createDedicatedBackend } from './backend'

const BASE = 'http://mgmt.example'

function connection(token: string, scope?: Record<string, string>): BackendConnection {
  return { baseUrl: () => BASE, token: () => token, connectionKey: 'k', scope }
}

describe('the management adapter', () => {
  it('declares revoke, description and permission changes, and no operator token', () => {
    const backend = createClusteredBackend(connection('t'))
    expect(backend.tokens.revokes).toBe(true)
    expect(typeof backend.tokens.setDescription).toBe('function')
    expect(typeof backend.tokens.setPermissions).toBe('function')
    expect(backend.tokens.setStatus).toBeUndefined()
    expect(backend.operator).toBeUndefined()
    expect(typeof backend.databases.setLimits).toBe('function')
  })

  it('creates a full-access draft as read and write on every database, with the expiry asked', async () => {
    const mock = resetManagementMock('empty', { product: 'clustered' })
    const backend = createClusteredBackend(connection(mock.managementToken))
    const before = Date.now()
    const created = await backend.tokens.create({ name: 'everything', fullAccess: true, permissions: [], expirySecs: 3600 })
    expect(created.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 3_600_000 - 1000)
    const [listed] = await backend.tokens.list()
    expect(listed).toMatchObject({
      name: 'everything',
      status: 'active',
      permissions: [{ resourceType: 'db', resourceNames: ['*'], actions: ['read', 'write'] }],
    })
  })

  it('revokes on remove, and changes description and permissions in place', async () => {
    const mock = resetManagementMock('empty', { product: 'clustered' })
    const backend = createClusteredBackend(connection(mock.managementToken))
    const { id, name } = await backend.tokens.create({ name: 'a', fullAccess: false, permissions: [], expirySecs: null })
    await backend.tokens.setDescription?.({ id, name }, 'b')
    await backend.tokens.setPermissions?.({ id, name }, [{ resourceType: 'db', resourceNames: ['x'], actions: ['write'] }])
    await backend.tokens.remove({ id, name: 'b' })
    const [token] = await backend.tokens.list()
    expect(token).toMatchObject({ name: 'b', status: 'revoked', permissions: [{ resourceNames: ['x'], actions: ['write'] }] })
    expect(token?.revokedAt).toBeTypeOf('number')
  })

  it('reaches Cloud Dedicated through the account and cluster of its scope, and names the edition', async () => {
    const mock = resetManagementMock('demo', { product: 'cloud-dedicated' })
    const backend = createDedicatedBackend(
      connection(mock.managementToken, { accountId: mock.accountId, clusterId: mock.clusterId }),
    )
    expect(await backend.identify()).toMatchObject({ productName: 'InfluxDB Cloud Dedicated', version: 'management API v0' })
    const databases = await backend.databases.list()
    expect(databases.find((db) => db.name === 'sensors')).toMatchObject({
      retentionSeconds: 30 * 86_400,
      deleted: false,
      isSystem: false,
      limits: { maxTables: 500 },
    })
    await backend.databases.setLimits?.('sensors', { limits: { maxTables: 7 } })
    expect((await backend.databases.list()).find((db) => db.name === 'sensors')?.limits?.maxTables).toBe(7)
    // Limits and retention in one request.
    await backend.databases.setLimits?.('sensors', { limits: { maxColumnsPerTable: 300 }, retention: '7d' })
    expect((await backend.databases.list()).find((db) => db.name === 'sensors')).toMatchObject({
      retentionSeconds: 7 * 86_400,
      limits: { maxTables: 7, maxColumnsPerTable: 300 },
    })
  })
})
