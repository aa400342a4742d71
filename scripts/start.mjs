// `npm start`: builds the console with the built-in demo server (the mock InfluxDB 3 in a
// service worker) and serves it on 127.0.0.1. HOST and PORT override the address.
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
const host = process.env.HOST ?? '127.0.0.1'
const port = process.env.PORT ?? '4173'

const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'demo', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(build.status ?? 1)

console.log(`\nInfluxDB 3 Admin Console (demo server) → http://${host}:${port}/\n`)
const preview = spawn(
  process.execPath,
  [vite, 'preview', '--mode', 'demo', '--host', host, '--port', port, '--strictPort'],
  { cwd: root, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal))
preview.on('exit', (code) => process.exit(code ?? 0))
