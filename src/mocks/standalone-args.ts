/** The standalone mock server's command line: what `npm run mock-server -- --help` prints and how it is read. */
import { parseArgs } from 'node:util'
import type { Flavor, Scenario } from '../backends/influxdb3/mock/mock-influx'
import type { Flavor as Influxdb2Flavor } from '../backends/influxdb2/mock/mock-influxdb2'
import type { Influxdb2Scenario } from '../backends/influxdb2/mock/seed'

export const USAGE = `Usage: npm run mock-server -- [options]

  --product <product>     influxdb3 (default), influxdb2 (InfluxDB 2 OSS) or cloud-serverless
                          (InfluxDB Cloud on the v2 API)
  --host <address>        interface to listen on (default 127.0.0.1)
  --port <port>           port to listen on, 0 for any free one (default 8181; 8086 for v2 products)
  --empty                 a fresh server. influxdb3: only _internal, no tokens; influxdb2: not yet
                          set up (POST /api/v2/setup); cloud-serverless: one org, one user and
                          one all-access token
  --scenario <scenario>   influxdb3: demo, core or large; v2 products: demo or large (default demo)
  --token <token>         v2 products: the string of the seeded operator (influxdb2) or
                          all-access (cloud-serverless) token, instead of a random one

  InfluxDB 3 only:
  --flavor <flavor>       core or enterprise (default enterprise; core picks the core scenario)
  --without-auth          like influxdb3 serve --without-auth
  --recovery-port <port>  also serve the admin-token recovery endpoint on this port, like
                          --admin-token-recovery-http-bind (it closes after one regeneration)
  --help                  show this help`

export interface Influxdb3Config {
  product: 'influxdb3'
  host: string
  port: number
  scenario: Scenario
  flavor: Flavor | undefined
  withoutAuth: boolean
  recoveryPort: number | null
}

export interface Influxdb2Config {
  product: Influxdb2Flavor
  host: string
  port: number
  scenario: Influxdb2Scenario
  token: string | undefined
}

export type Config = Influxdb3Config | Influxdb2Config

export class UsageError extends Error {}

function readArgs(argv: string[]) {
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
        token: { type: 'string' },
        'without-auth': { type: 'boolean', default: false },
        'recovery-port': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

type Values = ReturnType<typeof readArgs>

function portNumber(text: string, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65_535) throw new UsageError(`invalid ${what}: ${text}`)
  return Number(text)
}

function influxdb2Config(values: Values, product: Influxdb2Flavor): Influxdb2Config {
  for (const flag of ['flavor', 'without-auth', 'recovery-port'] as const) {
    if (values[flag] !== undefined && values[flag] !== false) throw new UsageError(`--${flag} is for --product influxdb3 only`)
  }
  const requested = values.scenario
  if (requested !== undefined && requested !== 'demo' && requested !== 'large') throw new UsageError(`invalid scenario for ${product}: ${requested}`)
  if (values.empty && requested !== undefined) throw new UsageError('--empty and --scenario exclude each other')
  if (values.empty && values.token !== undefined && product === 'influxdb2') {
    throw new UsageError('--token has nothing to name on an empty influxdb2 server: POST /api/v2/setup takes the token')
  }
  if (values.token === '') throw new UsageError('--token cannot be empty')
  return {
    product,
    host: values.host,
    port: portNumber(values.port ?? '8086', 'port'),
    scenario: values.empty ? 'empty' : (requested ?? 'demo'),
    token: values.token,
  }
}

function influxdb3Config(values: Values): Influxdb3Config {
  if (values.token !== undefined) throw new UsageError('--token is for the v2 products only')
  const flavor = values.flavor
  if (flavor !== undefined && flavor !== 'core' && flavor !== 'enterprise') throw new UsageError(`invalid flavor: ${flavor}`)
  const requested = values.scenario
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
    product: 'influxdb3',
    host: values.host,
    port: portNumber(values.port ?? '8181', 'port'),
    scenario,
    flavor,
    withoutAuth: values['without-auth'],
    recoveryPort: recovery === undefined ? null : portNumber(recovery, 'recovery port'),
  }
}

export function parseConfig(argv: string[]): Config | 'help' {
  const values = readArgs(argv)
  if (values.help) return 'help'
  const product = values.product
  if (product === 'influxdb2' || product === 'cloud-serverless') return influxdb2Config(values, product)
  if (product !== 'influxdb3') throw new UsageError(`invalid product: ${product}`)
  return influxdb3Config(values)
}
