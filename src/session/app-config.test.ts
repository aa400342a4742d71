import { describe, expect, it } from 'vitest'

import { DIRECT_CONFIG, loadAppConfig } from './app-config'

const answering =
  (body: unknown, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }))

describe('reading /console-config.json', () => {
  it('reads the mode, the server, recovery and the product', async () => {
    const config = await loadAppConfig(
      answering({ mode: 'proxy', product: 'influxdb3', server: 'http://influx:8181', recovery: true }),
    )
    expect(config).toEqual({ mode: 'proxy', product: 'influxdb3', server: 'http://influx:8181', recovery: true, demoToken: null })
  })

  it('takes a config written before products existed as InfluxDB 3', async () => {
    const config = await loadAppConfig(answering({ mode: 'proxy', server: 'http://influx:8181', recovery: false }))
    expect(config.product).toBe('influxdb3')
  })

  it('falls back to direct mode for a product it does not know, a bad shape or no config', async () => {
    expect(await loadAppConfig(answering({ mode: 'proxy', product: 'influxdb9', server: null, recovery: false }))).toEqual(
      DIRECT_CONFIG,
    )
    expect(await loadAppConfig(answering({ mode: 'sideways' }))).toEqual(DIRECT_CONFIG)
    expect(await loadAppConfig(answering({}, 404))).toEqual(DIRECT_CONFIG)
  })
})
