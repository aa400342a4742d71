// @vitest-environment node
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createHandlers } from './handlers'
import { clearManagementMock, currentMock, resetInfluxdb2Mock, resetManagementMock, resetMock } from './node'

describe('the MSW glue', () => {
  it('answers fetch calls to the InfluxDB 3 API on any origin from the current mock', async () => {
    const { operatorToken } = await resetMock('core')
    const response = await fetch('http://influx.example:8181/ping', { headers: { Authorization: `Bearer ${operatorToken}` } })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { product_name: string }).product_name).toBe('InfluxDB 3 Core')
  })

  it('starts every reset from fresh state', async () => {
    const { operatorToken } = await resetMock('core')
    const headers = { Authorization: `Bearer ${operatorToken}`, 'Content-Type': 'application/json' }
    await fetch('http://localhost/api/v3/configure/database', { method: 'POST', headers, body: JSON.stringify({ db: 'leaky' }) })
    const again = await resetMock('core')
    const list = await fetch('http://localhost/api/v3/configure/database?format=json', {
      headers: { Authorization: `Bearer ${again.operatorToken}` },
    })
    expect(JSON.stringify(await list.json())).not.toContain('leaky')
  })

  it('sends /api/v0 to the management mock when the runtime holds one, and to InfluxDB 3 otherwise', async () => {
    const mock = resetManagementMock('demo', { product: 'clustered' })
    const listed = await fetch('https://cluster.example/api/v0/databases', {
      headers: { Authorization: `Bearer ${mock.managementToken}` },
    })
    expect(listed.status).toBe(200)
    await resetMock('core')
    clearManagementMock()
    const fallthrough = await fetch('https://cluster.example/api/v0/databases', {
      headers: { Authorization: `Bearer ${mock.managementToken}` },
    })
    expect(fallthrough.status).toBe(401)
    expect(await fallthrough.text()).toContain('not authenticated')
  })

  it.each([
    'https://console.example/api/v3/configure/database?format=json',
    'http://localhost:5173/health',
    'http://x/metrics',
    'http://x/ready',
  ])('handles %s', async (url) => {
    expect(
      await getResponse(
        createHandlers(() => ({ influxdb3: currentMock() })),
        new Request(url),
      ),
    ).toBeInstanceOf(Response)
  })

  it.each([
    'http://localhost:5173/',
    'http://localhost:5173/assets/index.js',
    'http://localhost:5173/tokens/api',
    'http://x/pingpong',
  ])('leaves %s alone', async (url) => {
    expect(
      await getResponse(
        createHandlers(() => ({ influxdb3: currentMock() })),
        new Request(url),
      ),
    ).toBeUndefined()
  })

  it('sends /api/v2 management paths, /ping and /health to InfluxDB 2 only while a test holds its mock', async () => {
    const { operatorToken } = resetInfluxdb2Mock('demo')
    const me = await fetch('http://influx.example:8086/api/v2/me', { headers: { Authorization: `Token ${operatorToken}` } })
    expect(me.status).toBe(200)
    expect((await fetch('http://influx.example:8086/ping')).headers.get('x-influxdb-build')).toBe('OSS')
    // The next reset (as before every test) takes InfluxDB 2's mock away: /ping is InfluxDB 3's again.
    await resetMock('core')
    expect((await fetch('http://influx.example:8181/ping')).headers.get('x-influxdb-build')).not.toBe('OSS')
  })

  it('keeps InfluxDB 3’s v2 write and query compatibility paths with InfluxDB 3 even while InfluxDB 2’s mock is held', async () => {
    const { mock } = resetInfluxdb2Mock('demo')
    const both = createHandlers(() => ({ influxdb3: currentMock(), influxdb2: mock }))
    for (const url of ['http://x/api/v2/write?bucket=b', 'http://x/api/v2/query']) {
      const answer = await getResponse(both, new Request(url, { method: 'POST' }))
      // InfluxDB 2's mock would answer 404 with its platform error code.
      expect(answer?.headers.get('x-platform-error-code')).toBeNull()
    }
  })
})
