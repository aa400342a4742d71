// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'

import { createdTokenWire, databaseWire, tokenWire } from '../backends/management/wire'
import { runStandalone, startStandalone, stopStandalone } from './standalone-spawn'

const ACCOUNT = '0f8fad5b-d9cb-469f-a165-70867728950e'
const CLUSTER = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const MCP_IDS = '/api/v0/accounts/11111111-1111-1111-1111-111111111111/clusters/11111111-1111-1111-1111-111111111111'

afterEach(stopStandalone)

const headers = (token: string) => ({
  Authorization: `Bearer ${token}`,
  Accept: 'application/json',
  'Content-Type': 'application/json',
})

describe('the standalone management API mock', () => {
  it('serves an empty Cloud Dedicated account and cluster with the token given, without echoing it', async () => {
    const args = [
      '--product',
      'cloud-dedicated',
      '--empty',
      '--token',
      'T0k3n',
      '--account-id',
      ACCOUNT,
      '--cluster-id',
      CLUSTER,
      '--port',
      '0',
    ]
    const { origin, output } = await startStandalone(args)
    expect(output()).toContain('Cloud Dedicated management API mock (empty) listening on')
    expect(output()).toContain(`Account id: ${ACCOUNT}`)
    expect(output()).not.toContain('T0k3n')
    const base = `${origin}/api/v0/accounts/${ACCOUNT}/clusters/${CLUSTER}`
    expect(await (await fetch(`${base}/tokens`, { headers: headers('T0k3n') })).json()).toEqual([])
    expect(await (await fetch(`${base}/databases`, { headers: headers('T0k3n') })).json()).toEqual([])
    const created = await fetch(`${base}/tokens`, {
      method: 'POST',
      headers: headers('T0k3n'),
      body: JSON.stringify({ description: 'ci', permissions: [] }),
    })
    expect(created.status).toBe(200)
    expect(createdTokenWire.parse(await created.json()).accountId).toBe(ACCOUNT)
    expect((await fetch(`${base}/tokens`, { headers: headers('wrong') })).status).toBe(401)
  }, 15_000)

  it('serves Clustered on both path layouts from one store', async () => {
    const { origin } = await startStandalone(['--product', 'clustered', '--empty', '--token', 'T', '--port', '0'])
    const created = await fetch(`${origin}/api/v0/databases`, {
      method: 'POST',
      headers: headers('T'),
      body: JSON.stringify({ name: 'sensors' }),
    })
    expect(databaseWire.parse(await created.json()).name).toBe('sensors')
    const viaMcpPath = (await (await fetch(`${origin}${MCP_IDS}/databases`, { headers: headers('T') })).json()) as unknown[]
    expect(viaMcpPath.map((db) => databaseWire.parse(db).name)).toEqual(['sensors'])
  }, 15_000)

  it('prints the generated token and ids of the demo seed, which then opens it', async () => {
    const { origin, output } = await startStandalone(['--product', 'cloud-dedicated', '--port', '0'])
    const token = /Management token: (\S+)/.exec(output())?.[1] ?? ''
    const account = /Account id: (\S+)/.exec(output())?.[1] ?? ''
    const cluster = /Cluster id: (\S+)/.exec(output())?.[1] ?? ''
    const listed = (await (
      await fetch(`${origin}/api/v0/accounts/${account}/clusters/${cluster}/tokens`, { headers: headers(token) })
    ).json()) as unknown[]
    expect(listed.map((t) => tokenWire.parse(t)).length).toBeGreaterThan(3)
  }, 15_000)

  it('takes ids that are not UUIDs, with a note, so a test may use short ones', async () => {
    const { origin, output } = await startStandalone([
      '--product',
      'cloud-dedicated',
      '--empty',
      '--token',
      'T',
      '--account-id',
      'A',
      '--cluster-id',
      'C',
      '--port',
      '0',
    ])
    expect(output()).toContain('A is not a UUID')
    expect((await fetch(`${origin}/api/v0/accounts/A/clusters/C/tokens`, { headers: headers('T') })).status).toBe(200)
  }, 15_000)

  it.each([
    [['--product', 'clustered', '--account-id', ACCOUNT], '--account-id does not apply to --product clustered'],
    [['--product', 'cloud-dedicated', '--account-id', ''], '--account-id must not be empty'],
    [['--product', 'cloud-dedicated', '--flavor', 'core'], '--flavor does not apply'],
    [['--token', 'T'], '--token does not apply to --product influxdb3'],
    [['--product', 'serverless'], 'invalid product: serverless'],
  ])(
    'refuses %j with a usage message and exit code 2',
    async (args, message) => {
      const { code, output } = await runStandalone(args)
      expect(code).toBe(2)
      expect(output).toContain(message)
    },
    15_000,
  )
})
