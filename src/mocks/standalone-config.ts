/**
 * The standalone mock server's command line: which product it imitates and how it is seeded.
 * InfluxDB 3 (the default) keeps its flags; `--product influxdb2|cloud-serverless` serves the v2
 * API; `--product cloud-dedicated|clustered` serves the management API with a management token,
 * and for Cloud Dedicated an account and a cluster.
 */
import { parseArgs } from 'node:util'

import type { Flavor as Influxdb2Flavor } from '../backends/influxdb2/mock/mock-influxdb2'
import type { Influxdb2Scenario } from '../backends/influxdb2/mock/seed'
import type { Flavor, Scenario } from '../backends/influxdb3/mock/mock-influx'
import type { ManagementProduct } from '../backends/management/mock/mock-management'

export const USAGE = `Usage: npm run mock-server -- [options]

  --product <product>     influxdb3 (default), influxdb2 (InfluxDB 2 OSS), cloud-serverless
                          (InfluxDB Cloud on the v2 API), cloud-dedicated or clustered
  --host <address>        interface to listen on (default 127.0.0.1)
  --port <port>           port to listen on, 0 for any free one (default 8181; 8086 for the v2
                          products)
  --empty                 a fresh server: InfluxDB 3 with only _internal and no tokens; influxdb2
                          not yet set up (POST /api/v2/setup); cloud-serverless with one org, one
                          user and one all-access token; the management API with no databases
                          and no database tokens

InfluxDB 3:
  --flavor <flavor>       core or enterprise (default enterprise; core picks the core scenario)
  --scenario <scenario>   demo, core or large (default demo)
  --without-auth          like influxdb3 serve --without-auth
  --recovery-port <port>  also serve the admin-token recovery endpoint on this port, like
                          --admin-token-recovery-http-bind (it closes after one regeneration)

InfluxDB 2 and Cloud Serverless (the v2 API):
  --scenario <scenario>   demo or large (default demo)
  --token <token>         the string of the seeded operator (influxdb2) or all-access
                          (cloud-serverless) token, instead of a random one

Cloud Dedicated and Clustered (the management API, /api/v0):
  --token <token>         the management token the API accepts (default: a random one, printed)
  --scenario <scenario>   demo or large (default demo)
  --account-id <uuid>     Cloud Dedicated's account id (default: a random UUID, printed)
  --cluster-id <uuid>     Cloud Dedicated's cluster id (default: a random UUID, printed)

  --help                  show this help`

export class UsageError extends Error {}

interface Listen {
  host: string
  port: number
}

export type Config =
  | (Listen & {
      product: 'influxdb3'
      scenario: Scenario
      flavor: Flavor | undefined
      withoutAuth: boolean
      recoveryPort: number | null
    })
  | (Listen & {
      product: Influxdb2Flavor
      scenario: Influxdb2Scenario
      token: string | undefined
    })
  | (Listen & {
      product: ManagementProduct
      scenario: 'empty' | 'demo' | 'large'
      token: string | undefined
      accountId: string | undefined
      clusterId: string | undefined
    })

/** Cloud Dedicated's ids are UUIDs; the mock takes any text (and says so), so a test may use short ones. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function readPort(text: string, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65_535) throw new UsageError(`invalid ${what}: ${text}`)
  return Number(text)
}

function readValues(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        product: { type: 'string', default: 'influxdb3' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string' },
        flavor: { type: 'string' },
        scenario: { type: 'string' },
        empty: { type: 'boolean', default: false },
        'without-auth': { type: 'boolean', default: false },
        'recovery-port': { type: 'string' },
        token: { type: 'string' },
        'account-id': { type: 'string' },
        'cluster-id': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

type Values = ReturnType<typeof readValues>

/** The flags that belong to the other kind of product. */
function refuse(values: Values, flags: (keyof Values)[], product: string): void {
  const given = flags.find((flag) => values[flag] !== undefined && values[flag] !== false)
  if (given !== undefined) throw new UsageError(`--${given} does not apply to --product ${product}`)
}

function influxdb3Config(values: Values, listen: Listen): Config {
  refuse(values, ['token', 'account-id', 'cluster-id'], 'influxdb3')
  const { flavor, scenario: requested } = values
  if (flavor !== undefined && flavor !== 'core' && flavor !== 'enterprise') throw new UsageError(`invalid flavor: ${flavor}`)
  if (requested !== undefined && requested !== 'demo' && requested !== 'core' && requested !== 'large') {
    throw new UsageError(`invalid scenario: ${requested}`)
  }
  if (values.empty && requested !== undefined) throw new UsageError('--empty and --scenario exclude each other')
  const scenario: Scenario = values.empty ? 'empty' : (requested ?? (flavor === 'core' ? 'core' : 'demo'))
  const scenarioFlavor = scenario === 'core' ? 'core' : 'enterprise'
  if (scenario !== 'empty' && flavor !== undefined && flavor !== scenarioFlavor) {
    throw new UsageError(`the ${scenario} scenario is ${scenarioFlavor}, not ${flavor}`)
  }
  const recovery = values['recovery-port']
  return {
    ...listen,
    product: 'influxdb3',
    scenario,
    flavor,
    withoutAuth: values['without-auth'],
    recoveryPort: recovery === undefined ? null : readPort(recovery, 'recovery port'),
  }
}

function influxdb2Config(values: Values, listen: Listen, product: Influxdb2Flavor): Config {
  for (const flag of ['flavor', 'without-auth', 'recovery-port', 'account-id', 'cluster-id'] as const) {
    if (values[flag] !== undefined && values[flag] !== false)
      throw new UsageError(`--${flag} does not apply to --product ${product}`)
  }
  const requested = values.scenario
  if (requested !== undefined && requested !== 'demo' && requested !== 'large') {
    throw new UsageError(`invalid scenario for ${product}: ${requested}`)
  }
  if (values.empty && requested !== undefined) throw new UsageError('--empty and --scenario exclude each other')
  if (values.empty && values.token !== undefined && product === 'influxdb2') {
    throw new UsageError('--token has nothing to name on an empty influxdb2 server: POST /api/v2/setup takes the token')
  }
  if (values.token === '') throw new UsageError('--token must not be empty')
  return { ...listen, product, scenario: values.empty ? 'empty' : (requested ?? 'demo'), token: values.token }
}

function managementConfig(values: Values, listen: Listen, product: ManagementProduct): Config {
  refuse(values, ['flavor', 'without-auth', 'recovery-port'], product)
  if (product === 'clustered') refuse(values, ['account-id', 'cluster-id'], product)
  const requested = values.scenario
  if (requested !== undefined && requested !== 'demo' && requested !== 'large')
    throw new UsageError(`invalid scenario: ${requested}`)
  if (values.empty && requested !== undefined) throw new UsageError('--empty and --scenario exclude each other')
  for (const flag of ['account-id', 'cluster-id'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} must not be empty`)
  }
  if (values.token === '') throw new UsageError('--token must not be empty')
  return {
    ...listen,
    product,
    scenario: values.empty ? 'empty' : (requested ?? 'demo'),
    token: values.token,
    accountId: values['account-id'],
    clusterId: values['cluster-id'],
  }
}

export function parseConfig(argv: string[]): Config | 'help' {
  const values = readValues(argv)
  if (values.help) return 'help'
  const { product } = values
  const v2 = product === 'influxdb2' || product === 'cloud-serverless'
  const listen = { host: values.host, port: readPort(values.port ?? (v2 ? '8086' : '8181'), 'port') }
  if (product === 'influxdb3') return influxdb3Config(values, listen)
  if (v2) return influxdb2Config(values, listen, product)
  if (product === 'cloud-dedicated' || product === 'clustered') return managementConfig(values, listen, product)
  throw new UsageError(`invalid product: ${product}`)
}
