// CLI for the console server: `node server/main.mjs --dir dist [--host 127.0.0.1] [--port 4173]`.
// INFLUXDB3_HOST_URL turns on the proxy; INFLUXDB3_RECOVERY_URL the operator-token recovery
// proxy; INFLUXDB3_TLS_INSECURE=1 accepts a self-signed certificate on those upstreams.
import { parseArgs } from 'node:util'
import { createConsoleServer } from './serve.mjs'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    label: { type: 'string', default: '' },
  },
})

const target = process.env.INFLUXDB3_HOST_URL || null
const recovery = process.env.INFLUXDB3_RECOVERY_URL || null
for (const [name, value] of [
  ['INFLUXDB3_HOST_URL', target],
  ['INFLUXDB3_RECOVERY_URL', recovery],
]) {
  if (value && !/^https?:\/\/[^/]+/.test(value)) {
    console.error(`${name} must be an http:// or https:// URL, got "${value}".`)
    process.exit(2)
  }
}

const server = createConsoleServer({
  dir: values.dir,
  target,
  recovery,
  insecure: process.env.INFLUXDB3_TLS_INSECURE === '1',
})
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address()
  const what = values.label || (target ? `proxying to ${target}` : 'static')
  console.log(`InfluxDB 3 Admin Console (${what}) → http://${values.host}:${port}/`)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
