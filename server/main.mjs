// CLI for the console server: `node server/main.mjs --dir dist [--host 127.0.0.1] [--port 4173]`.
// One product's variable turns on the proxy (INFLUXDB3_HOST_URL, INFLUX_HOST,
// INFLUXDB_CLOUD_DEDICATED_URL or INFLUXDB_CLUSTERED_URL: ./upstream-env.mjs);
// INFLUXDB3_RECOVERY_URL the operator-token recovery proxy; INFLUXDB3_TLS_INSECURE=1 accepts a
// self-signed certificate on those upstreams.
import { parseArgs } from 'node:util'
import { createConsoleServer } from './serve.mjs'
import { upstreamFromEnv } from './upstream-env.mjs'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    label: { type: 'string', default: '' },
  },
})

const upstream = upstreamFromEnv(process.env)
if (upstream && 'error' in upstream) {
  console.error(upstream.error)
  process.exit(2)
}
const target = upstream?.target ?? null
const recovery = process.env.INFLUXDB3_RECOVERY_URL || null
if (recovery && !/^https?:\/\/[^/]+/.test(recovery)) {
  console.error(`INFLUXDB3_RECOVERY_URL must be an http:// or https:// URL, got "${recovery}".`)
  process.exit(2)
}
if (recovery && upstream && upstream.product !== 'influxdb3') {
  console.error('INFLUXDB3_RECOVERY_URL applies to InfluxDB 3 only.')
  process.exit(2)
}

const server = createConsoleServer({
  dir: values.dir,
  target,
  product: upstream?.product ?? 'influxdb3',
  recovery,
  insecure: process.env.INFLUXDB3_TLS_INSECURE === '1',
})
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address()
  const what = values.label || (target ? `proxying to ${target}` : 'static')
  console.log(`InfluxDB Token Console (${what}) → http://${values.host}:${port}/`)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
