// @vitest-environment node
// The standalone server's v2 products over real HTTP, and the flags it refuses.
import { http, passthrough } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { server } from './node'
import { parseConfig } from './standalone-config'
import { refused, type StartedServer, startStandalone, stop } from './standalone-process'

let started: StartedServer | null = null

afterEach(() => stop(started?.process))

async function start(args: string[]): Promise<StartedServer> {
  started = await startStandalone([...args, '--port', '0'])
  server.use(http.all(new RegExp(`^${started.origin.replace(/\./g, '\\.')}/`), () => passthrough()))
  return started
}

describe('the standalone server with a v2 product', () => {
  it('cloud-serverless --empty --token T: one org, one user, an all-access token whose string is T (not echoed)', async () => {
    const { origin, output } = await start(['--product', 'cloud-serverless', '--empty', '--token', 'T0k3n'])
    expect(output()).toContain('All-access token: the one given with --token')
    expect(output()).not.toContain('T0k3n')
    const headers = { Authorization: 'Token T0k3n' }
    const list = (await (await fetch(`${origin}/api/v2/authorizations`, { headers })).json()) as {
      authorizations: { token: string }[]
    }
    expect(list.authorizations).toHaveLength(1)
    expect(list.authorizations[0]?.token).toBe('redacted')
    const orgs = (await (await fetch(`${origin}/api/v2/orgs`, { headers })).json()) as { orgs: unknown[] }
    expect(orgs.orgs).toHaveLength(1)
    expect((await fetch(`${origin}/ping`)).headers.get('x-influxdb-build')).toBe('Cloud')
  }, 20_000)

  it('influxdb2 without --empty: the demo seed, printing the operator token and the org', async () => {
    const { origin, output } = await start(['--product', 'influxdb2'])
    const token = /Operator token: (\S+)/.exec(output())?.[1] ?? ''
    expect(output()).toMatch(/Org: acme \(id [0-9a-f]{16}\)/)
    const me = await fetch(`${origin}/api/v2/me`, { headers: { Authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    expect((await (await fetch(`${origin}/api/v2/setup`)).json()) as unknown).toEqual({ allowed: false })
  }, 20_000)

  it('exits with 2 and the usage for flags it cannot honour', async () => {
    const { code, output } = await refused(['--product', 'influxdb2', '--flavor', 'core'])
    expect(code).toBe(2)
    expect(output).toContain('--flavor does not apply to --product influxdb2')
    expect(output).toContain('Usage: npm run mock-server')
  }, 20_000)
})

describe('the command line', () => {
  it.each([
    [['--product', 'influxdb2', '--empty'], { product: 'influxdb2', scenario: 'empty', port: 8086, token: undefined }],
    [
      ['--product', 'cloud-serverless', '--empty', '--token', 'T'],
      { product: 'cloud-serverless', scenario: 'empty', token: 'T' },
    ],
    [['--product', 'influxdb2', '--scenario', 'large', '--port', '0'], { product: 'influxdb2', scenario: 'large', port: 0 }],
    [['--flavor', 'core', '--empty'], { product: 'influxdb3', scenario: 'empty', flavor: 'core', port: 8181 }],
    [[], { product: 'influxdb3', scenario: 'demo', port: 8181 }],
    [['--product', 'influxdb3', '--flavor', 'core'], { product: 'influxdb3', scenario: 'core' }],
  ])('reads %j', (argv, expected) => {
    expect(parseConfig(argv)).toMatchObject(expected)
  })

  it.each([
    [['--product', 'influxdb1'], 'invalid product: influxdb1'],
    [['--product', 'influxdb2', '--empty', '--token', 'T'], '--token has nothing to name'],
    [['--product', 'cloud-serverless', '--scenario', 'core'], 'invalid scenario for cloud-serverless: core'],
    [['--product', 'influxdb2', '--without-auth'], '--without-auth does not apply to --product influxdb2'],
    [['--token', 'T'], '--token does not apply to --product influxdb3'],
    [['--product', 'influxdb2', '--port', '70000'], 'invalid port: 70000'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseConfig(argv)).toThrow(message)
  })
})
