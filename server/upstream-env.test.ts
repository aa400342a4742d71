import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { http, passthrough } from 'msw'
import { describe, expect, it } from 'vitest'

import { server as mswServer } from '../src/mocks/node'
import { createConsoleServer, PROXIED_BY_PRODUCT } from './serve.mjs'
import { close, listen, startUpstream } from './testing/upstream'
import { upstreamFromEnv } from './upstream-env.mjs'

describe('the upstream the environment names', () => {
  it('is none without a product variable', () => {
    expect(upstreamFromEnv({})).toBeNull()
  })

  it.each([
    ['INFLUXDB3_HOST_URL', 'influxdb3'],
    ['INFLUX_HOST', 'influxdb2'],
    ['INFLUXDB_CLOUD_DEDICATED_URL', 'cloud-dedicated'],
    ['INFLUXDB_CLUSTERED_URL', 'clustered'],
  ])('takes %s as %s', (variable, product) => {
    expect(upstreamFromEnv({ [variable]: 'https://influx.example:8443' })).toEqual({
      product,
      target: 'https://influx.example:8443',
      variable,
    })
  })

  it('refuses two products at once, and an address that is not http(s)', () => {
    expect(upstreamFromEnv({ INFLUXDB3_HOST_URL: 'http://a:8181', INFLUX_HOST: 'http://b:8086' })).toEqual({
      error: 'Set only one of INFLUXDB3_HOST_URL and INFLUX_HOST: the console proxies to one server.',
    })
    expect(upstreamFromEnv({ INFLUX_HOST: 'localhost:8086' })).toEqual({
      error: 'INFLUX_HOST must be an http:// or https:// URL, got "localhost:8086".',
    })
  })
})

describe('the paths proxied for each product', () => {
  it.each([
    ['influxdb2', '/api/v2/authorizations', true],
    ['influxdb2', '/api/v2', true],
    ['influxdb2', '/ping', true],
    ['influxdb2', '/api/v3/configure/token', false],
    ['cloud-dedicated', '/api/v0/accounts/a/clusters/c/tokens', true],
    ['clustered', '/api/v0/tokens', true],
    ['clustered', '/api/v2/authorizations', false],
    ['influxdb3', '/api/v0/tokens', false],
  ] as const)('%s: %s proxied is %s', (product, path, proxied) => {
    expect(PROXIED_BY_PRODUCT[product].test(path)).toBe(proxied)
  })
})

describe('the console server for another product', () => {
  it.each([
    ['influxdb2', '/api/v2/authorizations?orgID=1', '/api/v3/configure/token'],
    ['clustered', '/api/v0/tokens', '/api/v2/authorizations'],
  ] as const)('%s: proxies %s and not %s, and tells the app which product it serves', async (product, proxied, other) => {
    mswServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\/.*/, () => passthrough()))
    const dir = mkdtempSync(join(tmpdir(), 'console-dist-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>')
    const { server: upstream, port } = await startUpstream()
    const console_ = createConsoleServer({ dir, target: `http://127.0.0.1:${port}`, product })
    const base = `http://127.0.0.1:${await listen(console_)}`
    try {
      expect(await (await fetch(`${base}/console-config.json`)).json()).toMatchObject({ mode: 'proxy', product })
      expect(await (await fetch(`${base}${proxied}`)).text()).toBe(`UPSTREAM GET ${proxied}`)
      // Another product's path is the app's (a deep link), not the server's.
      expect(await (await fetch(`${base}${other}`)).text()).toContain('<title>console</title>')
    } finally {
      await close(console_)
      await close(upstream)
    }
  })
})
