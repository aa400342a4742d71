// @vitest-environment node
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHandlers } from './handlers'
import { currentMock, resetMock } from './node'

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
    const list = await fetch('http://localhost/api/v3/configure/database?format=json', { headers: { Authorization: `Bearer ${again.operatorToken}` } })
    expect(JSON.stringify(await list.json())).not.toContain('leaky')
  })

  it.each(['https://console.example/api/v3/configure/database?format=json', 'http://localhost:5173/health', 'http://x/metrics', 'http://x/ready'])(
    'handles %s',
    async (url) => {
      expect(await getResponse(createHandlers(() => ({ influxdb3: currentMock() })), new Request(url))).toBeInstanceOf(Response)
    },
  )

  it.each(['http://localhost:5173/', 'http://localhost:5173/assets/index.js', 'http://localhost:5173/tokens/api', 'http://x/pingpong'])(
    'leaves %s alone',
    async (url) => {
      expect(await getResponse(createHandlers(() => ({ influxdb3: currentMock() })), new Request(url))).toBeUndefined()
    },
  )
})
