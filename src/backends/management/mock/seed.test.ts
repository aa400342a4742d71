// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { tokenWire } from '../wire'
import { createManagementMock } from './seed'
import { call } from './test-support'

describe('the management scenarios', () => {
  it('empty has no databases and no tokens, and accepts the token it was given', async () => {
    const mock = createManagementMock('empty', { product: 'clustered', managementToken: 'T' })
    expect((await call(mock, 'GET', '/api/v0/tokens', { token: 'T' })).json()).toEqual([])
    expect((await call(mock, 'GET', '/api/v0/databases', { token: 'T' })).json()).toEqual([])
  })

  it('demo holds active, expiring, expired, revoked and no-access tokens over its databases', async () => {
    const mock = createManagementMock('demo', { product: 'cloud-dedicated' })
    const tokens = (
      (
        await call(mock, 'GET', `/api/v0/accounts/${mock.accountId}/clusters/${mock.clusterId}/tokens`, {
          token: mock.managementToken,
        })
      ).json() as unknown[]
    ).map((t) => tokenWire.parse(t))
    expect(tokens.some((t) => t.revokedAt !== undefined)).toBe(true)
    expect(tokens.some((t) => t.expiresAt !== undefined && Date.parse(t.expiresAt ?? '') < Date.now())).toBe(true)
    expect(tokens.some((t) => t.permissions.length === 0)).toBe(true)
    expect(tokens.some((t) => t.permissions.some((p) => p.resource === '*'))).toBe(true)
    expect(mock.store.databases.has('sensors')).toBe(true)
  })

  it('large holds 10 000 tokens and 500 databases, each revoked one revoked after it was created', () => {
    const mock = createManagementMock('large', { product: 'clustered' })
    expect(mock.store.tokens.size).toBe(10_000)
    expect(mock.store.databases.size).toBe(500)
    for (const token of mock.store.tokens.values()) {
      if (token.revokedAt !== null) expect(token.revokedAt).toBeGreaterThanOrEqual(token.createdAt)
    }
  })
})
