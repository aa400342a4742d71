// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { createMock } from './seed'

const RECOVERY = 'http://127.0.0.1:8182/api/v3/configure/token/admin/regenerate'

describe('the admin-token recovery endpoint', () => {
  it('regenerates the operator token without authentication, and the old string dies', async () => {
    const { mock, operatorToken } = await createMock('demo')
    const response = await mock.handleRecovery(new Request(RECOVERY, { method: 'POST' }))
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toBe('json')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await response.json()) as { name: string; token: string }
    expect(body.name).toBe('_admin')
    expect(body.token).not.toBe(operatorToken)
    const old = await mock.handle(
      new Request('http://mock.local/ping', { headers: { Authorization: `Bearer ${operatorToken}` } }),
    )
    expect(old.status).toBe(401)
  })

  it('answers every other path with a lowercase not found, CORS header included', async () => {
    const { mock } = await createMock('demo')
    const response = await mock.handleRecovery(new Request('http://127.0.0.1:8182/ping'))
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('not found')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('reports a server without an operator token as the real one does', async () => {
    const { mock } = await createMock('empty')
    const response = await mock.handleRecovery(new Request(RECOVERY, { method: 'POST' }))
    expect(response.status).toBe(500)
    expect(await response.text()).toBe('missing admin token, cannot update')
  })
})
