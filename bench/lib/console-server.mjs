// The console server for `npm run bench:proxy`, in a process of its own so that its memory is
// its own (not the load generator's): `createConsoleServer` from server/serve.mjs proxying to
// INFLUXDB3_HOST_URL, on a free loopback port, started by bench/proxy-load.mjs with an IPC
// channel and --expose-gc. It prints "console server on <url>"; asked { type: 'memory' }, it
// collects garbage and answers with process.memoryUsage().
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createConsoleServer } from '../../server/serve.mjs'

const dir = mkdtempSync(join(tmpdir(), 'console-bench-dist-'))
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>')

const server = createConsoleServer({ dir, target: process.env.INFLUXDB3_HOST_URL })
server.listen(0, '127.0.0.1', () => {
  console.log(`console server on http://127.0.0.1:${server.address().port}`)
})

process.on('message', (message) => {
  if (message?.type !== 'memory') return
  globalThis.gc?.()
  process.send?.({ type: 'memory', usage: process.memoryUsage() })
})
process.on('disconnect', () => process.exit(0))
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
