/**
 * The mock InfluxDB 3 as a real HTTP server, for curl, the CLI snippets and the console's
 * proxy mode: `npm run mock-server -- [--host H] [--port P] [--flavor core|enterprise]
 * [--empty] [--scenario demo|core|large] [--without-auth]`. Each request is converted to a
 * Fetch `Request`, answered by `MockInflux.handle`, and written back as is.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import type { Flavor, MockInflux, Scenario } from '../backends/influxdb3/mock/mock-influx'
import { createMock } from '../backends/influxdb3/mock/seed'

const USAGE = `Usage: npm run mock-server -- [options]

  --host <address>        interface to listen on (default 127.0.0.1)
  --port <port>           port to listen on, 0 for any free one (default 8181)
  --flavor <flavor>       core or enterprise (default enterprise; core picks the core scenario)
  --scenario <scenario>   demo, core or large (default demo)
  --empty                 a fresh server: only _internal, no tokens
  --without-auth          like influxdb3 serve --without-auth
  --recovery-port <port>  also serve the admin-token recovery endpoint on this port, like
                          --admin-token-recovery-http-bind (it closes after one regeneration)
  --help                  show this help`

interface Config {
  host: string
  port: number
  scenario: Scenario
  flavor: Flavor | undefined
  withoutAuth: boolean
  recoveryPort: number | null
}

class UsageError extends Error {}

function parseConfig(argv: string[]): Config | 'help' {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '8181' },
        flavor: { type: 'string' },
        scenario: { type: 'string' },
        empty: { type: 'boolean', default: false },
        'without-auth': { type: 'boolean', default: false },
        'recovery-port': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.help) return 'help'
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65_535) throw new UsageError(`invalid port: ${values.port}`)
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
  if (recovery !== undefined && (!/^\d+$/.test(recovery) || Number(recovery) > 65_535)) {
    throw new UsageError(`invalid recovery port: ${recovery}`)
  }
  return {
    host: values.host,
    port,
    scenario,
    flavor,
    withoutAuth: values['without-auth'],
    recoveryPort: recovery === undefined ? null : Number(recovery),
  }
}

async function readBody(message: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = []
  for await (const chunk of message as AsyncIterable<Uint8Array>) chunks.push(chunk)
  const body = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.length
  }
  return body
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = message.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(message)
  return new Request(new URL(message.url ?? '/', origin), { method, headers, body })
}

/** Writes a Fetch response as is: no Content-Type is added where the mock sent none. */
async function writeResponse(response: Response, out: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  if (response.status !== 204) headers['content-length'] = String(body.length)
  out.writeHead(response.status, headers)
  out.end(body)
}

type Handler = (request: Request) => Promise<Response>

async function serve(handle: Handler, message: IncomingMessage, out: ServerResponse, origin: string): Promise<void> {
  try {
    await writeResponse(await handle(await toRequest(message, origin)), out)
  } catch (error) {
    if (!out.headersSent) out.writeHead(500)
    out.end(error instanceof Error ? error.message : String(error))
  }
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
  const { mock, operatorToken } = await createMock(config.scenario, {
    flavor: config.flavor,
    withoutAuth: config.withoutAuth,
  })
  let origin = ''
  const server = createServer((message, out) => void serve((request) => mock.handle(request), message, out, origin))
  server.on('error', (error) => {
    console.error(`The mock server could not start: ${error.message}`)
    process.exit(1)
  })
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo
    const host = config.host.includes(':') ? `[${config.host}]` : config.host
    origin = `http://${host}:${port}`
    if (config.withoutAuth) console.log('Authentication is off (--without-auth): no token needed.')
    else if (operatorToken !== null) console.log(`Operator token: ${operatorToken}`)
    else console.log('No tokens yet: POST /api/v3/configure/token/admin creates the operator token.')
    console.log(`InfluxDB 3 mock (${mock.flavor}) listening on ${origin}`)
  })
  const recovery = config.recoveryPort === null ? null : startRecovery(mock, config.host, config.recoveryPort)
  const shutdown = (): void => {
    recovery?.close()
    recovery?.closeAllConnections()
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

/** The recovery listener: like the real one, it shuts itself down after one success. */
function startRecovery(mock: MockInflux, host: string, port: number) {
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
    const { port: actual } = recovery.address() as AddressInfo
    origin = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`
    console.log(`Admin-token recovery endpoint listening on ${origin}`)
  })
  return recovery
}

void main()
