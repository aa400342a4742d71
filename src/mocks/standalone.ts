/**
 * A product's mock as a real HTTP server, for curl, the CLI snippets, InfluxData's own clients
 * and the console's proxy mode: `npm run mock-server -- [--product influxdb3|influxdb2|cloud-serverless]
 * [--host H] [--port P] [--empty] [--scenario …] [--token T] [--flavor core|enterprise]
 * [--without-auth]` (see ./standalone-args.ts). Each request is converted to a Fetch `Request`,
 * answered by the one mock this process holds, and written back as is.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createInfluxdb2Mock } from '../backends/influxdb2/mock/seed'
import type { MockInflux } from '../backends/influxdb3/mock/mock-influx'
import { createMock } from '../backends/influxdb3/mock/seed'
import { type Config, type Influxdb2Config, type Influxdb3Config, USAGE, UsageError, parseConfig } from './standalone-args'

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

async function serve(handle: Handler, message: IncomingMessage, out: ServerResponse, origin: string): Promise<void> {
  try {
    await writeResponse(await handle(await toRequest(message, origin)), out)
  } catch (error) {
    if (!out.headersSent) out.writeHead(500)
    out.end(error instanceof Error ? error.message : String(error))
  }
}

type Handler = (request: Request) => Promise<Response>

/** Listens, then prints the lines a user needs (and the test reads: "listening on …"). */
function listen(config: Config, handle: Handler, banner: (origin: string) => string[]) {
  let origin = ''
  const server = createServer((message, out) => void serve(handle, message, out, origin))
  server.on('error', (error) => {
    console.error(`The mock server could not start: ${error.message}`)
    process.exit(1)
  })
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo
    const host = config.host.includes(':') ? `[${config.host}]` : config.host
    origin = `http://${host}:${port}`
    for (const line of banner(origin)) console.log(line)
  })
  return server
}

async function startInfluxdb3(config: Influxdb3Config) {
  const { mock, operatorToken } = await createMock(config.scenario, { flavor: config.flavor, withoutAuth: config.withoutAuth })
  const server = listen(config, (request) => mock.handle(request), (origin) => [
    config.withoutAuth
      ? 'Authentication is off (--without-auth): no token needed.'
      : operatorToken !== null
        ? `Operator token: ${operatorToken}`
        : 'No tokens yet: POST /api/v3/configure/token/admin creates the operator token.',
    `InfluxDB 3 mock (${mock.flavor}) listening on ${origin}`,
  ])
  const recovery = config.recoveryPort === null ? null : startRecovery(mock, config.host, config.recoveryPort)
  return { server, recovery }
}

function startInfluxdb2(config: Influxdb2Config) {
  const { mock, operatorToken, org } = createInfluxdb2Mock(config.scenario, { flavor: config.product, token: config.token })
  const kind = config.product === 'influxdb2' ? 'Operator token' : 'All-access token'
  const server = listen(config, (request) => mock.handle(request), (origin) => [
    operatorToken === null
      ? 'Not set up yet: POST /api/v2/setup (or `influx setup`) creates the user, org, bucket and operator token.'
      : // A string the user chose is theirs already: never echo it.
        `${kind}: ${config.token === undefined ? operatorToken : 'the one given with --token'}`,
    ...(org === null ? [] : [`Org: ${org.name} (id ${org.id})`]),
    `${config.product === 'influxdb2' ? 'InfluxDB 2' : 'InfluxDB Cloud'} mock (${config.product}, ${config.scenario}) listening on ${origin}`,
  ])
  return { server, recovery: null }
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
  const { server, recovery } = config.product === 'influxdb3' ? await startInfluxdb3(config) : startInfluxdb2(config)
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
