import { describe, expect, it } from 'vitest'

import type { ConnectProfile } from '../product-screens'
import type { ManagementProduct } from './backend'
import { readInfluxctlProfiles } from './influxctl-profile'

const ACCOUNT = '0b6a1e4c-8f53-4d0a-9bb5-6a1f2f0c7d11'
const CLUSTER = 'c3f0d7a2-4b8e-4c1d-a5e6-2d9b7f1e0a44'
const MGMT_TOKEN = 'apiv1_embedded-management-token-from-the-profile'

/**
 * The sample `config.toml` of InfluxData's "influxctl" reference for Clustered (Configure
 * connection profiles), its placeholders filled in.
 */
const CLUSTERED_SAMPLE = `## influxctl - example configuration

[[profile]]
    ## Profile name
    name = "default"

    ## Product type
    ## Choose from "clustered" or "dedicated"
    product = "clustered"

    ## Host and port
    host = "cluster.example.com"
    port = "443"

    ## Database and token
    # database = ""
    # token = ""

    ### Dedicated Specific Options ###
    # account_id = ""
    # cluster_id = ""

    # [profile.tls]
        # insecure = false
        # disable = false

    ## OAuth2 client authorization settings
    [profile.auth.oauth2]
        client_id = "my-client"
        scopes = [""]
        parameters = { audience = "" }
        token_url = "https://idp.example.com/oauth2/v2/token"
        device_url = "https://idp.example.com/oauth2/v2/auth/device"
`

/** The Cloud Dedicated sample of the same page, with the `mgmt_token` of "Manage management tokens". */
const DEDICATED_SAMPLE = `[[profile]]
    name = "default"
    product = "dedicated"
    host = "${CLUSTER}.a.influxdb.io"
    account_id = "${ACCOUNT}"
    cluster_id = "${CLUSTER}"
    mgmt_token = "${MGMT_TOKEN}"
`

function profiles(text: string, chosen: ManagementProduct = 'cloud-dedicated'): readonly ConnectProfile[] {
  const result = readInfluxctlProfiles(text, chosen)
  if (!result.ok) throw new Error(result.error)
  return result.profiles
}

function error(text: string, chosen: ManagementProduct = 'cloud-dedicated'): string {
  const result = readInfluxctlProfiles(text, chosen)
  if (result.ok) throw new Error(`read: ${JSON.stringify(result.profiles)}`)
  return result.error
}

describe('influxctl profiles', () => {
  it('reads the documented Clustered sample: its address, and that it signs in through OAuth2', () => {
    expect(profiles(CLUSTERED_SAMPLE, 'clustered')).toEqual([
      {
        name: 'default',
        product: 'clustered',
        url: 'https://cluster.example.com',
        scope: {},
        notes: [expect.stringContaining('signs in through an identity provider (auth.oauth2)')],
      },
    ])
  })

  it('reads the documented Cloud Dedicated sample: account and cluster, never its management token', () => {
    const [profile] = profiles(DEDICATED_SAMPLE)
    expect(profile).toMatchObject({
      name: 'default',
      product: 'cloud-dedicated',
      scope: { accountId: ACCOUNT, clusterId: CLUSTER },
    })
    expect(profile?.url).toBeUndefined()
    expect(profile?.notes).toEqual([
      expect.stringContaining(
        'is the cluster’s address for queries and writes; the management API is at https://console.influxdata.com',
      ),
      expect.stringContaining('It holds a management token (mgmt_token)'),
    ])
    expect(JSON.stringify(profile)).not.toContain(MGMT_TOKEN)
  })

  it('takes the management API’s address from a Cloud Dedicated profile that names it', () => {
    const text = `[[profile]]\nname = "default"\nproduct = "dedicated"\nhost = "console.influxdata.com"\naccount_id = "a"\ncluster_id = "c"`
    expect(profiles(text)[0]?.url).toBe('https://console.influxdata.com')
  })

  it('makes a Clustered address from host, port and [profile.tls] disable (plain HTTP)', () => {
    const text =
      '[[profile]]\nname = "lab"\nproduct = "clustered"\nhost = "10.0.0.5"\nport = 8086\n[profile.tls]\ndisable = true\ninsecure = true'
    expect(profiles(text, 'clustered')[0]).toMatchObject({
      url: 'http://10.0.0.5:8086',
      notes: [expect.stringContaining('skips the check of the server’s certificate')],
    })
    expect(
      profiles('[[profile]]\nname = "v6"\nproduct = "clustered"\nhost = "fd00::1"\nport = "9443"', 'clustered')[0]?.url,
    ).toBe('https://[fd00::1]:9443')
  })

  it('says a token file cannot be read by a browser, without repeating its path', () => {
    const text =
      '[[profile]]\nname = "default"\nproduct = "clustered"\nhost = "c.example"\n[profile.auth.token]\ntoken_file = "/home/ops/secret-token.json"'
    const [profile] = profiles(text, 'clustered')
    expect(profile?.notes).toEqual([expect.stringContaining('a browser cannot open by its path: paste the management token')])
    expect(JSON.stringify(profile)).not.toContain('secret-token.json')
  })

  it('says a database token (token) is not used, and never reads it out', () => {
    const text = `${DEDICATED_SAMPLE}    token = "apiv1_database-token-value"\n`
    const [profile] = profiles(text)
    expect(profile?.notes).toContainEqual(expect.stringContaining('It holds a database token (token)'))
    expect(JSON.stringify(profile)).not.toContain('database-token-value')
  })

  it('puts the profile named default first, then the others in the file’s order', () => {
    const text = [
      '[[profile]]\nname = "staging"\nproduct = "dedicated"\naccount_id = "a1"\ncluster_id = "c1"',
      '[[profile]]\nproduct = "dedicated"\naccount_id = "a2"\ncluster_id = "c2"',
      '[[profile]]\nname = "default"\nproduct = "dedicated"\naccount_id = "a3"\ncluster_id = "c3"',
    ].join('\n\n')
    expect(profiles(text).map((profile) => [profile.name, profile.scope])).toEqual([
      ['default', { accountId: 'a3', clusterId: 'c3' }],
      ['staging', { accountId: 'a1', clusterId: 'c1' }],
      ['number 2 (it has no name)', { accountId: 'a2', clusterId: 'c2' }],
    ])
  })

  it('says which settings are missing', () => {
    expect(profiles('[[profile]]\nname = "default"\nproduct = "dedicated"\ncluster_id = "c"')[0]).toMatchObject({
      scope: { clusterId: 'c' },
      notes: ['It has no account_id: enter the Account ID yourself.'],
    })
    expect(profiles('[[profile]]\nname = "default"\nproduct = "clustered"', 'clustered')[0]).toEqual({
      name: 'default',
      product: 'clustered',
      scope: {},
      notes: ['It has no host: enter the server URL yourself.'],
    })
  })

  it('fills no address from a host that is not one', () => {
    for (const host of [
      'host = "cluster.example.com/api"',
      'host = "ops@cluster.example.com"',
      'host = "c.example"\nport = "https"',
    ]) {
      expect(profiles(`[[profile]]\nname = "x"\nproduct = "clustered"\n${host}`, 'clustered')[0]).toMatchObject({
        url: undefined,
        notes: ['Its host and port do not make an address: enter the server URL yourself.'],
      })
    }
  })

  it('tells a profile for the other product by its product, with that product’s fields', () => {
    expect(profiles(CLUSTERED_SAMPLE, 'cloud-dedicated')[0]).toMatchObject({
      product: 'clustered',
      url: 'https://cluster.example.com',
    })
    expect(profiles('[[profile]]\nname = "x"\nproduct = "serverless"\nhost = "h"')[0]).toEqual({
      name: 'x',
      product: 'serverless',
      scope: {},
      notes: [],
    })
  })

  it('takes a profile that names no product for the chosen one', () => {
    expect(profiles('[[profile]]\nname = "x"\nhost = "c.example"', 'clustered')[0]?.product).toBe('clustered')
    expect(profiles('[[profile]]\nname = "x"\naccount_id = "a"\ncluster_id = "c"')[0]?.scope).toEqual({
      accountId: 'a',
      clusterId: 'c',
    })
  })

  it('refuses what is not TOML, with the line', () => {
    expect(error('[[profile]]\nname = "default"\nhost = cluster.example.com\n')).toBe(
      'This is not a TOML file influxctl could read. Line 3: This value is not TOML: text needs quotes ("…"); numbers, true and false do not.',
    )
    expect(error('{\n  "profile": []\n}')).toMatch(/^This is not a TOML file influxctl could read\. Line 1: /)
  })

  it('refuses TOML without [[profile]] sections', () => {
    expect(error('   \n')).toBe('There is nothing to read: the text is empty.')
    expect(error('[other]\nname = "x"')).toContain('There is no profile in this file')
    expect(error('[profile.default]\nproduct = "dedicated"')).toContain('are not [[profile]] sections')
  })
})
