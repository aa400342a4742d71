// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { checkServerUrl, loadServers, saveServers } from './saved-servers'

describe('checkServerUrl', () => {
  it.each([
    ['http://127.0.0.1:8181', 'http://127.0.0.1:8181'],
    ['https://influx.example.com/', 'https://influx.example.com'],
    ['  http://host:8181/prefix/ ', 'http://host:8181/prefix'],
  ])('accepts %j as %j', (text, url) => {
    expect(checkServerUrl(text)).toEqual({ ok: true, url })
  })

  it.each([
    ['', 'Enter the server'],
    ['javascript:alert(1)', 'Only http:// and https://'],
    ['ftp://host', 'Only http:// and https://'],
    ['127.0.0.1:8181', 'Start the address with http://'],
    ['localhost:8181', 'Start the address with http://'],
    ['influx.example.com', 'Start the address with http://'],
    ['http://my host:8181', 'cannot contain spaces'],
    ['http://user:apiv3_x@host', 'token field'],
    ['http://host/?token=x', 'query'],
    ['http://', 'not a valid address'],
  ])('refuses %j', (text, reason) => {
    const result = checkServerUrl(text)
    expect(!result.ok && result.error).toContain(reason)
  })
})

describe('checkServerUrl for a product whose address is a host only', () => {
  it('keeps an origin, with or without a trailing slash', () => {
    expect(checkServerUrl('https://cluster.example.com/', { originOnly: true })).toEqual({
      ok: true,
      url: 'https://cluster.example.com',
    })
    expect(checkServerUrl('http://cluster.internal:8086', { originOnly: true })).toEqual({
      ok: true,
      url: 'http://cluster.internal:8086',
    })
  })

  it('refuses a path, naming it and the origin to use instead', () => {
    const result = checkServerUrl('https://console.influxdata.com/api/v0/', { originOnly: true })
    expect(!result.ok && result.error).toBe(
      'Enter the host only, without a path (/api/v0/): the console adds the API’s paths itself, e.g. https://console.influxdata.com.',
    )
  })

  it('keeps a path where the product allows one (InfluxDB behind a proxy prefix)', () => {
    expect(checkServerUrl('https://proxy.example.com/influx')).toEqual({ ok: true, url: 'https://proxy.example.com/influx' })
  })
})

describe('saved servers', () => {
  it('round-trips names and URLs, and never writes extra fields such as a token', () => {
    const servers = [{ id: '1', name: 'prod', url: 'https://prod:8181', token: 'apiv3_x' }]
    saveServers(localStorage, servers)
    expect(localStorage.getItem('influxdb3-console.servers')).not.toContain('apiv3_x')
    expect(loadServers(localStorage)).toEqual([{ id: '1', name: 'prod', url: 'https://prod:8181' }])
  })

  it('ignores malformed storage', () => {
    localStorage.setItem('influxdb3-console.servers', '{"id":1}')
    expect(loadServers(localStorage)).toEqual([])
  })
})
