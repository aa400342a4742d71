// `npm run bench:proxy [-- --connections N] [--duration S] [--warmup S]`: load through the
// console's proxy against the standalone mock InfluxDB 3 on loopback, and straight to the mock
// for comparison, with autocannon. Two requests: the token list exactly as the console sends
// it (src/backends/influxdb3/tokens.ts: POST /api/v3/query_sql) and GET /ping. Prints requests per second,
// p50/p99 latency and errors per run and the console server's memory (after a garbage
// collection) before the runs and after each one, and
// writes bench-results/proxy-load-<timestamp>.json and bench-results/proxy-load-latest.json.
// A script, not a test: `npm test` never runs it. Exits non-zero when a run has any error,
// timeout or non-2xx answer. What the figures mean: docs/testing.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { startNode, stopAll } from './lib/processes.mjs'
import { readFlags } from './lib/cli.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsDir = join(root, 'bench-results')

const USAGE = `Usage: npm run bench:proxy -- [--connections N] [--duration S] [--warmup S]

  --connections N  concurrent clients per run (default 50)
  --duration S     seconds per measured run (default 30)
  --warmup S       unrecorded seconds per request through the proxy first (default 5)
  --help           this text`

function options() {
  const values = readFlags(USAGE, {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
  })
  const [connections, duration, warmup] = [values.connections, values.duration, values.warmup].map(Number)
  if (![connections, duration].every((n) => Number.isInteger(n) && n >= 1) || !Number.isInteger(warmup) || warmup < 0) {
    console.error(`--connections and --duration must be whole numbers ≥ 1, --warmup ≥ 0\n\n${USAGE}`)
    process.exit(2)
  }
  return { connections, duration, warmup }
}

/** The two requests, as the console's HTTP client sends them (src/backends/http/http.ts, src/backends/influxdb3/tokens.ts). */
function requests(token) {
  const headers = { accept: 'application/json', authorization: `Bearer ${token}` }
  return [
    {
      name: 'token list (POST /api/v3/query_sql)',
      path: '/api/v3/query_sql',
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ db: '_internal', q: 'SELECT * FROM system.tokens ORDER BY token_id', format: 'json' }),
    },
    { name: 'GET /ping', path: '/ping', method: 'GET', headers },
  ]
}

function load(base, request, { connections, duration }) {
  const { path, method, headers, body } = request
  return autocannon({ url: `${base}${path}`, method, headers, body, connections, duration, timeout: 10 })
}

/** The figures of one autocannon run that the report keeps. */
function figures(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Asks the console server for its memory after a garbage collection. */
function memoryOf(child) {
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (message?.type !== 'memory') return
      child.off('message', onMessage)
      const { rss, heapUsed, heapTotal, external } = message.usage
      resolve({ rss, heapUsed, heapTotal, external })
    }
    child.on('message', onMessage)
    child.send({ type: 'memory' })
  })
}

const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`

function printTable(runs) {
  const header = ['Request', 'Via', 'req/s', 'p50', 'p99', 'errors', 'console RSS / heap after']
  const cells = runs.map((run) => [
    run.request,
    run.via,
    String(run.requestsPerSecond),
    `${run.latencyMs.p50} ms`,
    `${run.latencyMs.p99} ms`,
    String(run.errors + run.timeouts + run.non2xx),
    `${MB(run.consoleServerAfter.rss)} / ${MB(run.consoleServerAfter.heapUsed)}`,
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)))
  const line = (cell) => cell.map((text, column) => text.padEnd(widths[column])).join('  ')
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`)
  for (const cell of cells) console.log(line(cell))
}

async function main() {
  const settings = options()
  const loadBefore = os.loadavg()
  const mock = await startNode('mock server', ['node_modules/tsx/dist/cli.mjs', 'src/mocks/standalone.ts', '--port', '0'], {
    cwd: root,
    ready: [/Operator token: (\S+)/, /listening on (http:\/\/\S+)/],
  })
  const [token, mockUrl] = mock.found
  const consoleServer = await startNode('console server', ['--expose-gc', 'bench/lib/console-server.mjs'], {
    cwd: root,
    env: { ...process.env, INFLUXDB3_HOST_URL: mockUrl },
    ready: [/console server on (http:\/\/\S+)/],
    ipc: true,
  })
  const [consoleUrl] = consoleServer.found
  const list = requests(token)
  console.log(`mock ${mockUrl}, console server ${consoleUrl}; ${settings.connections} clients, ${settings.duration} s per run`)

  if (settings.warmup > 0) {
    for (const request of list) await load(consoleUrl, request, { ...settings, duration: settings.warmup })
  }
  const before = await memoryOf(consoleServer.child)
  let peakRss = before.rss
  const sampler = setInterval(() => {
    void memoryOf(consoleServer.child).then((usage) => (peakRss = Math.max(peakRss, usage.rss)))
  }, 2000)

  const runs = []
  for (const request of list) {
    for (const [via, base] of [
      ['mock', mockUrl],
      ['proxy', consoleUrl],
    ]) {
      console.log(`${request.name} via ${via}…`)
      const result = figures(await load(base, request, settings))
      // After every run, not only at the end: growth would show as a rising series.
      runs.push({ request: request.name, via, ...result, consoleServerAfter: await memoryOf(consoleServer.child) })
    }
  }
  clearInterval(sampler)
  const after = await memoryOf(consoleServer.child)

  printTable(runs)
  console.log(
    `\nload average (1 min) ${loadBefore[0].toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after, on ${os.cpus().length} CPUs`,
  )
  console.log(
    `console server memory after GC: RSS ${MB(before.rss)} → ${MB(after.rss)} (peak ${MB(peakRss)}), ` +
      `heap used ${MB(before.heapUsed)} → ${MB(after.heapUsed)}`,
  )
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memory: os.totalmem(),
      node: process.version,
      // Other work on the machine competes with the three processes of the bench.
      loadAverage1m: { before: loadBefore[0], after: os.loadavg()[0] },
    },
    settings,
    runs,
    consoleServerMemory: { before, after, peakRss },
  }
  mkdirSync(resultsDir, { recursive: true })
  const json = `${JSON.stringify(report, null, 2)}\n`
  writeFileSync(join(resultsDir, `proxy-load-${report.date.replace(/[:.]/g, '-')}.json`), json)
  writeFileSync(join(resultsDir, 'proxy-load-latest.json'), json)
  const failed = runs.filter((run) => run.errors + run.timeouts + run.non2xx > 0)
  for (const run of failed)
    console.error(`${run.request} via ${run.via}: ${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx`)
  return failed.length === 0
}

let ok = false
try {
  ok = await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  await stopAll()
}
process.exit(ok ? 0 : 1)
