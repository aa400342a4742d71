// `npm start`. Without configuration: builds the console with the built-in demo server (the
// mock InfluxDB 3 in a service worker) and serves it. With INFLUXDB3_HOST_URL set: builds the
// real console and serves it with a same-origin proxy to that InfluxDB 3 server.
// HOST and PORT choose the address (default 127.0.0.1:4173).
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
const demo = !process.env.INFLUXDB3_HOST_URL

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
