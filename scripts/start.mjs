// `npm start`. Without configuration: builds the console with the built-in demo server (the
// mock InfluxDB 3 in a service worker) and serves it. With one product's server variable set
// (INFLUXDB3_HOST_URL, INFLUX_HOST, INFLUXDB_CLOUD_DEDICATED_URL, INFLUXDB_CLUSTERED_URL; see
// server/upstream-env.mjs): builds the real console and serves it with a same-origin proxy to it.
// HOST and PORT choose the address (default 127.0.0.1:4173).
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { UPSTREAM_VARIABLES } from '../server/upstream-env.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
const demo = !Object.keys(UPSTREAM_VARIABLES).some((name) => process.env[name])

const build = spawnSync(process.execPath, [vite, 'build', ...(demo ? ['--mode', 'demo'] : []), '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(build.status ?? 1)

const server = spawn(
  process.execPath,
  ['server/main.mjs', '--dir', demo ? 'dist-demo' : 'dist', ...(demo ? ['--label', 'demo server'] : [])],
  { cwd: root, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
