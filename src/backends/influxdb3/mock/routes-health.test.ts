// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { pingWire } from '../wire'
import { createMock } from './seed'
import { call } from './test-support'

describe('/ping', () => {
  it('names the product and version in the JSON body on Core', async () => {
    const { mock, operatorToken } = await createMock('core')
    const result = await call(mock, 'GET', '/ping', { token: operatorToken })
    expect(result.status).toBe(200)
    expect(result.headers.get('content-type')).toBe('application/json')
    expect(Object.keys(result.json() as object)).toEqual(['product_name', 'version', 'revision', 'process_id'])
    const body = pingWire.parse(result.json())
    expect(body).toMatchObject({ product_name: 'InfluxDB 3 Core', version: '3.10.1' })
    expect(body.revision).toMatch(/^[0-9a-f]{7,}$/)
    expect(body.process_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })

  it('sends the build, version and request id headers', async () => {
    const { mock, operatorToken } = await createMock('demo')
    const result = await call(mock, 'POST', '/ping', { token: operatorToken })
    expect(result.headers.get('x-influxdb-build')).toBe('Enterprise')
    expect(result.headers.get('x-influxdb-version')).toBe('3.10.1')
    expect(result.headers.get('request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(result.headers.get('x-request-id')).toBe(result.headers.get('request-id'))
    expect((result.json() as { product_name: string }).product_name).toBe('InfluxDB 3 Enterprise')
  })

  it('answers HEAD with 404', async () => {
    const { mock, operatorToken } = await createMock('core')
    expect((await call(mock, 'HEAD', '/ping', { token: operatorToken })).status).toBe(404)
  })
})

describe('/health, /metrics and /ready', () => {
  it.each(['/health', '/api/v1/health'])('answers %s with OK as text/plain; charset=utf-8', async (path) => {
    const { mock, operatorToken } = await createMock('core')
    const result = await call(mock, 'GET', path, { token: operatorToken })
    expect(result.status).toBe(200)
    expect(result.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(result.text).toBe('OK')
  })

  it('answers /metrics with Prometheus text ending in # EOF', async () => {
    const { mock, operatorToken } = await createMock('core')
    const result = await call(mock, 'GET', '/metrics', { token: operatorToken })
    expect(result.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    expect(result.text).toContain('# TYPE http_requests_total counter')
    expect(result.text.trimEnd().endsWith('# EOF')).toBe(true)
  })

  it('answers /ready on Enterprise only', async () => {
    const enterprise = await createMock('demo')
    const core = await createMock('core')
    expect((await call(enterprise.mock, 'GET', '/ready', { token: enterprise.operatorToken })).status).toBe(200)
    expect((await call(core.mock, 'GET', '/ready', { token: core.operatorToken })).status).toBe(404)
  })
})
