/**
 * The mock servers as real HTTP servers, for curl, the CLI snippets and the console's proxy
 * mode: `npm run mock-server -- [--product influxdb3|influxdb2|cloud-serverless|cloud-dedicated|clustered] …` (see
 * `--help`, or standalone-config.ts). InfluxDB 3 by default, as before products existed.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createInfluxdb2Mock } from '../backends/influxdb2/mock/seed'
import type { MockInflux } from '../backends/influxdb3/mock/mock-influx'
import { createMock } from '../backends/influxdb3/mock/seed'
import { createManagementMock } from '../backends/management/mock/seed'
import { type Config, parseConfig, USAGE, UsageError, UUID } from './standalone-config'
import { type Handler, originOf, serve } from './standalone-http'

const PRODUCT_LABELS = { 'cloud-dedicated': 'Cloud Dedicated', clustered: 'Clustered' }

/** Listens, then calls `ready` with the origin; a failure to start ends the process. */
function listen(handle: Handler, host: string, port: number, what: string, ready: (origin: string) => void): Server {
  let origin = ''
  const server = createServer((message, out) => void serve(handle, message, out, origin))
  server.on('error', (error) => {
    console.error(`The ${what} could not start: ${error.message}`)
    process.exit(1)
  })
  server.listen(port, host, () => {
    origin = originOf(host, (server.address() as AddressInfo).port)
    ready(origin)
  })
  return server
}

async function startInfluxdb3(config: Extract<Config, { product: 'influxdb3' }>): Promise<Server[]> {
  const { mock, operatorToken } = await createMock(config.scenario, { flavor: config.flavor, withoutAuth: config.withoutAuth })
  const server = listen(
    (request) => mock.handle(request),
    config.host,
    config.port,
    'mock server',
    (origin) => {
      if (config.withoutAuth) console.log('Authentication is off (--without-auth): no token needed.')
      else if (operatorToken !== null) console.log(`Operator token: ${operatorToken}`)
      else console.log('No tokens yet: POST /api/v3/configure/token/admin creates the operator token.')
      console.log(`InfluxDB 3 mock (${mock.flavor}) listening on ${origin}`)
    },
  )
  return config.recoveryPort === null ? [server] : [server, startRecovery(mock, config.host, config.recoveryPort)]
}

function startInfluxdb2(config: Extract<Config, { product: 'influxdb2' | 'cloud-serverless' }>): Server[] {
  const { mock, operatorToken, org } = createInfluxdb2Mock(config.scenario, { flavor: config.product, token: config.token })
  const kind = config.product === 'influxdb2' ? 'Operator token' : 'All-access token'
  const label = config.product === 'influxdb2' ? 'InfluxDB 2' : 'InfluxDB Cloud'
  const server = listen(
    (request) => mock.handle(request),
    config.host,
    config.port,
    'mock server',
    (origin) => {
      if (operatorToken === null) {
        console.log('Not set up yet: POST /api/v2/setup (or `influx setup`) creates the user, org, bucket and operator token.')
      } else {
        // A string the user chose is theirs already: never echo it.
        console.log(`${kind}: ${config.token === undefined ? operatorToken : 'the one given with --token'}`)
      }
      if (org !== null) console.log(`Org: ${org.name} (id ${org.id})`)
      console.log(`${label} mock (${config.product}, ${config.scenario}) listening on ${origin}`)
    },
  )
  return [server]
}

function startManagement(config: Extract<Config, { product: 'cloud-dedicated' | 'clustered' }>): Server[] {
  const mock = createManagementMock(config.scenario, {
    product: config.product,
    ...(config.token === undefined ? {} : { managementToken: config.token }),
    ...(config.accountId === undefined ? {} : { accountId: config.accountId }),
    ...(config.clusterId === undefined ? {} : { clusterId: config.clusterId }),
  })
  const label = PRODUCT_LABELS[config.product]
  for (const id of [config.accountId, config.clusterId]) {
    if (id !== undefined && !UUID.test(id))
      console.warn(`Note: ${id} is not a UUID, as Cloud Dedicated's ids are; the mock accepts it.`)
  }
  const server = listen(
    (request) => mock.handle(request),
    config.host,
    config.port,
    'mock server',
    (origin) => {
      // A token given with --token is the caller's own: it is not echoed.
      if (config.token === undefined) console.log(`Management token: ${mock.managementToken}`)
      if (config.product === 'cloud-dedicated') {
        console.log(`Account id: ${mock.accountId}`)
        console.log(`Cluster id: ${mock.clusterId}`)
        console.log(`API: ${origin}/api/v0/accounts/${mock.accountId}/clusters/${mock.clusterId}/{tokens,databases}`)
      } else {
        console.log(`API: ${origin}/api/v0/{tokens,databases} (also /api/v0/accounts/{any}/clusters/{any}/…)`)
      }
      console.log(`${label} management API mock (${config.scenario}) listening on ${origin}`)
    },
  )
  return [server]
}

/** The recovery listener: like the real one, it shuts itself down after one success. */
function startRecovery(mock: MockInflux, host: string, port: number): Server {
  let origin = ''
  const recovery = createServer(
    (message, out) =>
      void serve(
        async (request) => {
          const response = await mock.handleRecovery(request)
          if (response.status === 201) {
            out.once('finish', () => {
              recovery.close()
              console.log('Operator token regenerated through the recovery endpoint; its listener is now closed.')
            })
          }
          return response
        },
        message,
        out,
        origin,
      ),
  )
  recovery.on('error', (error) => {
    console.error(`The recovery listener could not start: ${error.message}`)
    process.exit(1)
  })
  recovery.listen(port, host, () => {
    origin = originOf(host, (recovery.address() as AddressInfo).port)
    console.log(`Admin-token recovery endpoint listening on ${origin}`)
  })
  return recovery
}

async function main(): Promise<void> {
  let config: Config | 'help'
  try {
    config = parseConfig(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (config === 'help') {
    console.log(USAGE)
    return
  }
  const servers =
    config.product === 'influxdb3'
      ? await startInfluxdb3(config)
      : 'accountId' in config
        ? startManagement(config)
        : startInfluxdb2(config)
  const shutdown = (): void => {
    const [main, ...others] = servers
    for (const other of others) {
      other.close()
      other.closeAllConnections()
    }
    main?.close(() => process.exit(0))
    main?.closeAllConnections()
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

void main()
