// `npm run bench [-- --runs N] [--warmup N]`: builds the production console and the floor app,
// measures initial JS/CSS and the large-data interactions in headless Chromium against the
// standalone mock (scenarios `demo` and `large`) through the console's own server, prints a
// table and writes bench-results/bench-<timestamp>.json and bench-results/latest.json.
// What each metric means: docs/performance.md. Timings are medians of fresh-context runs.
/* global document, HTMLInputElement -- in functions that run in the page */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { findChromium } from '../scripts/chromium.mjs'
import { buildConsole, buildFloor, entryFiles, fileSizes } from './lib/build.mjs'
import { compositionOf } from './lib/composition.mjs'
import { clearSearch, closeDialog, keystroke, openDatabaseGrid, selectAllRead, settleGrid } from './lib/interactions.mjs'
import { heapUsed, loadConnectPage, loadFloor, loadTokens, newPage } from './lib/page-load.mjs'
import { startNode, stopAll } from './lib/processes.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsDir = join(root, 'bench-results')
// Built apart from dist/ so a bench never races `npm test`, `npm start` or a build in progress.
const consoleOut = join(resultsDir, 'build', 'console')
const floorOut = join(resultsDir, 'build', 'floor')

const TARGETS = {
  initialJs: 1.25,
  firstRows: 1.3,
  dialog: 1.3,
  selectAll: 16,
  keystroke: 100,
  heap: 2,
}
/** Typed into the search at 10 000 tokens; only keystrokes that change the match count are timed. */
const SEARCH_WORDS = ['grafana-wonka-1', 'telegraf-acme', 'uptime-probe-77']

const USAGE = `Usage: npm run bench -- [--runs N] [--warmup N]

  --runs N     measured runs per timing, each in a fresh browser context (default 5)
  --warmup N   unrecorded runs first (default 1)
  --help       this text`

let browser = null
let stopping = false

async function cleanup() {
  if (stopping) return
  stopping = true
  const closing = browser?.close().catch(() => {})
  await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 5000))])
  await stopAll()
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench and its servers…`)
    void cleanup().finally(() => process.exit(code))
  })
}

function options() {
  let values
  try {
    values = parseArgs({
      options: {
        runs: { type: 'string', default: '5' },
        warmup: { type: 'string', default: '1' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const runs = Number(values.runs)
  const warmup = Number(values.warmup)
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
    console.error(`--runs must be ≥ 1 and --warmup ≥ 0\n\n${USAGE}`)
    process.exit(2)
  }
  return { runs, warmup }
}

// ——— statistics and formatting ———

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits)
const summary = (samples) => ({
  median: round(median(samples)),
  min: round(Math.min(...samples)),
  max: round(Math.max(...samples)),
  samples: samples.map((value) => round(value)),
})
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
const ms = (value) => `${value.toFixed(1)} ms`
const count = new Intl.NumberFormat('en')
const viteGzip = (part) => (part.viteGzip === null ? 'n/a' : kB(part.viteGzip))

function printTable(rows) {
  const header = ['Metric', 'Value', 'Target', 'Result']
  const cells = rows.map((row) => [row.metric, row.value, row.target ?? '', row.pass === null ? 'info' : row.pass ? 'pass' : 'MISS'])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)))
  const line = (cell) => cell.map((text, column) => text.padEnd(widths[column])).join('  ')
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`)
  for (const cell of cells) console.log(line(cell))
}

// ——— bundle ———

/** Sizes of what a page requested, split into the entry's files and lazily loaded ones. */
function bundleReport(outDir, assets, viteReport) {
  const entry = entryFiles(outDir)
  const files = assets.map((asset) => {
    const file = asset.path.replace(/^\//, '')
    return {
      file,
      type: asset.type,
      part: entry.js.includes(file) || entry.css.includes(file) ? 'entry' : 'lazy',
      initial: asset.beforeFirstRows,
      transferred: asset.transferred,
      ...fileSizes(outDir, file),
      vite: viteReport[file] ?? null,
    }
  })
  const missing = [...entry.js, ...entry.css].filter((file) => !files.some((asset) => asset.file === file))
  if (missing.length) throw new Error(`the page did not request the entry's ${missing.join(', ')}`)
  const sum = (list) => ({
    files: list.map((asset) => asset.file),
    raw: list.reduce((total, asset) => total + asset.raw, 0),
    gzip: list.reduce((total, asset) => total + asset.gzip, 0),
    transferred: list.reduce((total, asset) => total + asset.transferred, 0),
    viteGzip: list.every((asset) => asset.vite) ? list.reduce((total, asset) => total + asset.vite.gzip, 0) : null,
  })
  const initial = files.filter((asset) => asset.initial)
  const pick = (type, part) => sum(initial.filter((asset) => asset.type === type && (!part || asset.part === part)))
  return {
    files,
    js: { entry: pick('js', 'entry'), lazy: pick('js', 'lazy'), initial: pick('js') },
    css: { entry: pick('css', 'entry'), lazy: pick('css', 'lazy'), initial: pick('css') },
    afterFirstView: sum(files.filter((asset) => !asset.initial)),
    builtButNotLoaded: entry.all.filter((file) => !files.some((asset) => asset.file === file)),
  }
}

function compositionDelta(consoleParts, floorParts) {
  const floor = new Map(floorParts.map((part) => [part.group, part]))
  const groups = new Set([...consoleParts.map((part) => part.group), ...floor.keys()])
  return [...groups]
    .map((group) => {
      const ours = consoleParts.find((part) => part.group === group) ?? { raw: 0, gzip: 0 }
      const theirs = floor.get(group) ?? { raw: 0, gzip: 0 }
      return { group, console: ours.raw, floor: theirs.raw, extra: ours.raw - theirs.raw, consoleGzip: ours.gzip, floorGzip: theirs.gzip }
    })
    .sort((a, b) => b.extra - a.extra)
}

// ——— the search plan ———

async function tokenNames(mock) {
  const response = await fetch(`${mock.url}/api/v3/query_sql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${mock.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ db: '_internal', q: 'SELECT name FROM system.tokens', format: 'json' }),
  })
  if (!response.ok) throw new Error(`listing the large mock's tokens: HTTP ${response.status}`)
  return (await response.json()).map((row) => String(row.name).toLowerCase())
}

/** Per word, each keystroke with the match count after it; timed only where the count changes. */
function searchPlan(names) {
  return SEARCH_WORDS.map((word) => {
    let previous = names.length
    return [...word].map((key, index) => {
      const query = word.slice(0, index + 1)
      const matches = names.filter((name) => name.includes(query)).length
      const step = { key, query, matches, timed: matches !== previous && matches > 0 }
      previous = matches
      return step
    })
  })
}

async function typeSearch(page, plan, total) {
  const search = page.locator('input[aria-label="Search tokens by name"]')
  const timings = []
  for (const [index, word] of plan.entries()) {
    if (index > 0) await clearSearch(page, count.format(total))
    await search.focus()
    for (const step of word) {
      if (step.timed) {
        const result = await keystroke(page, step.key, count.format(step.matches))
        timings.push({ query: step.query, matches: step.matches, ...result })
      } else {
        await page.keyboard.press(step.key)
        await page.waitForFunction((query) => {
          const input = document.querySelector('input[aria-label="Search tokens by name"]')
          return input instanceof HTMLInputElement && input.value === query
        }, step.query)
        await page.waitForTimeout(100)
      }
    }
  }
  await clearSearch(page, count.format(total))
  return timings
}

// ——— the run ———

function machine(chromiumVersion) {
  const cpus = os.cpus()
  let commit = null
  let dirty = null
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
  } catch {
    // Not a git checkout: leave them null.
  }
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    playwright: version('@playwright/test'),
    vite: version('vite'),
    loadavgAtStart: os.loadavg().map((load) => round(load, 2)),
    git: { commit, dirty },
  }
}

async function startServers() {
  const mock = (scenario) =>
    startNode(`mock (${scenario})`, ['--import', 'tsx', 'src/mocks/standalone.ts', '--port', '0', '--scenario', scenario], {
      cwd: root,
      ready: [/Operator token: (\S+)\n/, /listening on (http:\/\/\S+)\n/],
    }).then(({ found: [token, url] }) => ({ token, url }))
  const server = (dir, target) =>
    startNode(`console server (${target ?? 'static'})`, ['server/main.mjs', '--dir', dir, '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, INFLUXDB3_HOST_URL: target ?? '' },
      ready: [/→ (http:\/\/\S+?)\/?\n/],
      timeoutMs: 30_000,
    }).then(({ found: [url] }) => url)

  const [demo, large] = await Promise.all([mock('demo'), mock('large')])
  const [demoConsole, largeConsole, floor] = await Promise.all([
    server(consoleOut, demo.url),
    server(consoleOut, large.url),
    server(floorOut, null),
  ])
  return { demo: { ...demo, console: demoConsole }, large: { ...large, console: largeConsole }, floor }
}

async function main() {
  const { runs, warmup } = options()
  const started = new Date()
  const found = findChromium()
  if (!found) throw new Error('no Chromium: set PW_CHROMIUM_PATH, or install Debian’s chromium or Playwright’s own')

  console.log('Building the production console and the floor app…')
  const consoleBuild = await buildConsole(root, consoleOut)
  const floorBuild = await buildFloor(root, floorOut)

  console.log('Starting the mocks (demo, large) and the console servers…')
  const servers = await startServers()
  const names = await tokenNames(servers.large)
  const plan = searchPlan(names)

  browser = await chromium.launch({
    executablePath: found.executablePath,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
  const info = machine(browser.version())
  console.log(`Chromium ${info.chromium}, ${info.cores} × ${info.cpu}; ${warmup} warm-up + ${runs} measured runs`)

  const floorPage = await newPage(browser)
  const floorAssets = await loadFloor(floorPage.page, servers.floor)
  await floorPage.context.close()

  const samples = {
    firstRowsSmall: [],
    firstRowsLarge: [],
    firstRowsSmallFrame: [],
    firstRowsLargeFrame: [],
    tokensResponseSmall: [],
    tokensResponseLarge: [],
    rowsAfterResponseSmall: [],
    rowsAfterResponseLarge: [],
    tokensQueryTookSmall: [],
    tokensQueryTookLarge: [],
    dialogSmall: [],
    dialogLarge: [],
    dialogSmallFrame: [],
    dialogLargeFrame: [],
    dialogSmallWarm: [],
    dialogLargeWarm: [],
    selectAll: [],
    selectAllFrame: [],
    selectAllScript: [],
    selectAllHandler: [],
    keystroke: [],
    keystrokeFrame: [],
    keystrokeFirst: [],
    keystrokeAll: [],
    heapEmpty: [],
    heapSmall: [],
    heapLarge: [],
  }
  let consoleAssets = null
  let counts = null
  const details = { dialogSmall: null, dialogLarge: null, api: {} }
  /** The token list's SQL query on the page's timeline (ms from navigation start). */
  const tokensQuery = (load) => load.api.find((call) => call.what.includes('system.tokens')) ?? null

  for (let run = 0; run < warmup + runs; run++) {
    const keep = run >= warmup
    const label = keep ? `run ${run - warmup + 1}/${runs}` : `warm-up ${run + 1}/${warmup}`
    process.stdout.write(`  ${label}: `)
    const add = (key, value) => keep && samples[key].push(value)

    // demo (≈ 10 tokens, 6 databases): first rows, heap, the dialog.
    {
      const { context, page } = await newPage(browser, { token: servers.demo.token })
      const load = await loadTokens(page, servers.demo.console)
      add('firstRowsSmall', load.dom)
      add('firstRowsSmallFrame', load.frame)
      add('tokensResponseSmall', tokensQuery(load)?.end ?? NaN)
      add('rowsAfterResponseSmall', load.dom - (tokensQuery(load)?.end ?? NaN))
      add('tokensQueryTookSmall', (tokensQuery(load)?.end ?? NaN) - (tokensQuery(load)?.start ?? NaN))
      add('heapSmall', (await heapUsed(page)).usedSize)
      const grid = await openDatabaseGrid(page)
      add('dialogSmall', grid.dom)
      add('dialogSmallFrame', grid.frame)
      await closeDialog(page)
      add('dialogSmallWarm', (await openDatabaseGrid(page)).dom)
      if (keep) {
        consoleAssets = load.assets
        details.api.small = load.api
        details.dialogSmall = { loading: grid.loading, fetched: grid.fetched }
      }
      counts = { ...counts, smallTokenRows: load.rows, smallGridRows: grid.rows }
      await context.close()
    }
    process.stdout.write('demo ')

    // large (10 000 tokens): first rows, heap, then the search.
    {
      const { context, page } = await newPage(browser, { token: servers.large.token })
      const load = await loadTokens(page, servers.large.console)
      add('firstRowsLarge', load.dom)
      add('firstRowsLargeFrame', load.frame)
      add('tokensResponseLarge', tokensQuery(load)?.end ?? NaN)
      add('rowsAfterResponseLarge', load.dom - (tokensQuery(load)?.end ?? NaN))
      add('tokensQueryTookLarge', (tokensQuery(load)?.end ?? NaN) - (tokensQuery(load)?.start ?? NaN))
      if (keep) details.api.large = load.api
      add('heapLarge', (await heapUsed(page)).usedSize)
      const keys = await typeSearch(page, plan, names.length)
      add('keystroke', median(keys.map((key) => key.dom)))
      add('keystrokeFrame', median(keys.map((key) => key.frame)))
      add('keystrokeFirst', median(keys.filter((key) => key.query.length === 1).map((key) => key.dom)))
      if (keep) samples.keystrokeAll.push(...keys.map((key) => ({ ...key, dom: round(key.dom), frame: round(key.frame), eventDelay: round(key.eventDelay) })))
      counts = { ...counts, largeTokenRows: load.rows }
      await context.close()
    }
    process.stdout.write('large-list ')

    // large (1 000 databases): the dialog, then "Read all databases".
    {
      const { context, page } = await newPage(browser, { token: servers.large.token })
      await loadTokens(page, servers.large.console)
      const grid = await openDatabaseGrid(page)
      add('dialogLarge', grid.dom)
      add('dialogLargeFrame', grid.frame)
      // The grid renders the rows in view (a window): wait until it counts all 1 001 databases
      // and its window has settled, then time "select all" on the rows it renders.
      const settled = await settleGrid(page, 1001)
      const select = await selectAllRead(page)
      add('selectAll', select.dom)
      add('selectAllFrame', select.frame)
      add('selectAllScript', select.script)
      add('selectAllHandler', select.handler)
      await closeDialog(page)
      add('dialogLargeWarm', (await openDatabaseGrid(page)).dom)
      if (keep) details.dialogLarge = { loading: grid.loading, fetched: grid.fetched }
      counts = { ...counts, largeGridRowsFirst: grid.rows, largeGridRows: settled.total, largeGridRowsRendered: settled.rendered, selectAllBoxes: select.rows }
      await context.close()
    }
    process.stdout.write('large-dialog ')

    // the empty state: the connect page, no session.
    {
      const { context, page } = await newPage(browser)
      await loadConnectPage(page, servers.large.console)
      add('heapEmpty', (await heapUsed(page)).usedSize)
      await context.close()
    }
    console.log('empty')
  }

  // ——— results ———
  const consoleBundle = bundleReport(consoleOut, consoleAssets, consoleBuild.viteReport)
  const floorBundle = bundleReport(floorOut, floorAssets, floorBuild.viteReport)
  const consoleComposition = compositionOf(consoleBundle.js.initial.files, consoleOut, root)
  const floorComposition = compositionOf(floorBundle.js.initial.files, floorOut, root)

  const t = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, key === 'keystrokeAll' ? values : summary(values)]),
  )
  const jsRatio = consoleBundle.js.initial.gzip / floorBundle.js.initial.gzip
  const ratio = (a, b) => round(a.median / b.median, 2)
  const firstRowsRatio = ratio(t.firstRowsLarge, t.firstRowsSmall)
  const dialogRatio = ratio(t.dialogLarge, t.dialogSmall)
  const dialogWarmRatio = ratio(t.dialogLargeWarm, t.dialogSmallWarm)
  const heapRatio = ratio(t.heapLarge, t.heapEmpty)

  const table = [
    {
      metric: 'Initial JS (gzip): console / floor',
      value: `${kB(consoleBundle.js.initial.gzip)} / ${kB(floorBundle.js.initial.gzip)} = ${jsRatio.toFixed(2)}×`,
      target: `≤ ${TARGETS.initialJs}×`,
      pass: jsRatio <= TARGETS.initialJs,
    },
    {
      metric: '  console JS: entry + lazy (gzip)',
      value: `${kB(consoleBundle.js.entry.gzip)} + ${kB(consoleBundle.js.lazy.gzip)} (raw ${kB(consoleBundle.js.initial.raw)}, Vite says ${viteGzip(consoleBundle.js.initial)})`,
      pass: null,
    },
    {
      metric: '  floor JS: entry + lazy (gzip)',
      value: `${kB(floorBundle.js.entry.gzip)} + ${kB(floorBundle.js.lazy.gzip)} (raw ${kB(floorBundle.js.initial.raw)}, Vite says ${viteGzip(floorBundle.js.initial)})`,
      pass: null,
    },
    {
      metric: '  initial CSS (gzip): console / floor',
      value: `${kB(consoleBundle.css.initial.gzip)} / ${kB(floorBundle.css.initial.gzip)} (raw ${kB(consoleBundle.css.initial.raw)} / ${kB(floorBundle.css.initial.raw)})`,
      pass: null,
    },
    {
      metric: 'First token rows: 10 000 vs 10 tokens',
      value: `${ms(t.firstRowsLarge.median)} vs ${ms(t.firstRowsSmall.median)} = ${firstRowsRatio.toFixed(2)}×`,
      target: `≤ ${TARGETS.firstRows}×`,
      pass: firstRowsRatio <= TARGETS.firstRows,
    },
    {
      metric: '  token query answered at (took): 10 000 vs 10',
      value: `${ms(t.tokensResponseLarge.median)} (${ms(t.tokensQueryTookLarge.median)}) vs ${ms(t.tokensResponseSmall.median)} (${ms(t.tokensQueryTookSmall.median)})`,
      pass: null,
    },
    {
      metric: '  rows in the DOM after that: 10 000 vs 10 tokens',
      value: `${ms(t.rowsAfterResponseLarge.median)} vs ${ms(t.rowsAfterResponseSmall.median)}`,
      pass: null,
    },
    {
      metric: 'Permission grid: 1 000 vs 6 databases',
      value: `${ms(t.dialogLarge.median)} vs ${ms(t.dialogSmall.median)} = ${dialogRatio.toFixed(2)}×`,
      target: `≤ ${TARGETS.dialog}×`,
      pass: dialogRatio <= TARGETS.dialog,
    },
    {
      metric: '  same, second open (form code loaded)',
      value: `${ms(t.dialogLargeWarm.median)} vs ${ms(t.dialogSmallWarm.median)} = ${dialogWarmRatio.toFixed(2)}×`,
      target: `≤ ${TARGETS.dialog}×`,
      pass: dialogWarmRatio <= TARGETS.dialog,
    },
    {
      metric: '"Read all databases" at 1 000 (to DOM + layout)',
      value: ms(t.selectAll.median),
      target: `≤ ${TARGETS.selectAll} ms`,
      pass: t.selectAll.median <= TARGETS.selectAll,
    },
    { metric: '  rows rendered (window of 1 001)', value: String(counts?.selectAllBoxes ?? '?'), pass: null },
    { metric: '  of which click handler / until all checked', value: `${ms(t.selectAllHandler.median)} / ${ms(t.selectAllScript.median)}`, pass: null },
    { metric: '  same, to the next animation frame', value: ms(t.selectAllFrame.median), pass: null },
    {
      metric: 'Search keystroke → rows at 10 000 tokens',
      value: ms(t.keystroke.median),
      target: `≤ ${TARGETS.keystroke} ms`,
      pass: t.keystroke.median <= TARGETS.keystroke,
    },
    { metric: '  same, to the next animation frame', value: ms(t.keystrokeFrame.median), pass: null },
    {
      metric: '  first keystroke of a word (from all 10 000)',
      value: ms(t.keystrokeFirst.median),
      target: `≤ ${TARGETS.keystroke} ms`,
      pass: t.keystrokeFirst.median <= TARGETS.keystroke,
    },
    {
      metric: 'JS heap: 10 000 tokens vs empty (connect page)',
      value: `${MB(t.heapLarge.median)} vs ${MB(t.heapEmpty.median)} = ${heapRatio.toFixed(2)}×`,
      target: `≤ ${TARGETS.heap}×`,
      pass: heapRatio <= TARGETS.heap,
    },
    { metric: '  heap with the demo (≈ 10 tokens)', value: MB(t.heapSmall.median), pass: null },
  ]
  printTable(table)

  console.log('\nWhat the console\'s initial JS has beyond the floor\'s (source-map estimate, raw bytes):')
  const delta = compositionDelta(consoleComposition, floorComposition)
  console.log(`  ${'group'.padEnd(40)} ${'console'.padStart(9)} ${'floor'.padStart(9)} ${'extra'.padStart(10)}`)
  for (const part of delta.filter((entry) => entry.extra !== 0).slice(0, 15)) {
    const extra = `${part.extra > 0 ? '+' : ''}${kB(part.extra)}`
    console.log(`  ${part.group.padEnd(40)} ${kB(part.console).padStart(9)} ${kB(part.floor).padStart(9)} ${extra.padStart(10)}`)
  }

  const finished = new Date()
  const result = {
    schema: 1,
    date: started.toISOString(),
    durationSeconds: round((finished.getTime() - started.getTime()) / 1000),
    machine: { ...info, loadavgAtEnd: os.loadavg().map((load) => round(load, 2)) },
    options: { runs, warmup, searchWords: SEARCH_WORDS, viewport: '1280×800' },
    targets: TARGETS,
    table,
    bundle: {
      note: 'gzip = node:zlib gzipSync level 9 of the built file; transferred = body + headers as Chromium received them (the console server does not compress); viteGzip = what vite build reported',
      console: { ...consoleBundle, buildMs: consoleBuild.ms },
      floor: { ...floorBundle, buildMs: floorBuild.ms },
      initialJsGzipRatio: round(jsRatio, 3),
      composition: { console: consoleComposition, floor: floorComposition, delta },
    },
    timings: {
      unit: 'ms',
      firstRows: {
        small: t.firstRowsSmall,
        large: t.firstRowsLarge,
        smallFrame: t.firstRowsSmallFrame,
        largeFrame: t.firstRowsLargeFrame,
        ratio: firstRowsRatio,
        tokensQueryAnswered: { small: t.tokensResponseSmall, large: t.tokensResponseLarge },
        tokensQueryTook: { small: t.tokensQueryTookSmall, large: t.tokensQueryTookLarge },
        rowsAfterQueryAnswered: { small: t.rowsAfterResponseSmall, large: t.rowsAfterResponseLarge },
        apiCallsOfLastRun: details.api,
      },
      dialog: {
        small: t.dialogSmall,
        large: t.dialogLarge,
        smallFrame: t.dialogSmallFrame,
        largeFrame: t.dialogLargeFrame,
        ratio: dialogRatio,
        secondOpen: { small: t.dialogSmallWarm, large: t.dialogLargeWarm, ratio: dialogWarmRatio },
        firstOpenOfLastRun: { small: details.dialogSmall, large: details.dialogLarge },
      },
      selectAll: { dom: t.selectAll, frame: t.selectAllFrame, allChecked: t.selectAllScript, clickHandler: t.selectAllHandler },
      keystroke: { dom: t.keystroke, frame: t.keystrokeFrame, firstOfWord: t.keystrokeFirst, each: t.keystrokeAll },
    },
    heap: {
      unit: 'bytes (Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage)',
      empty: t.heapEmpty,
      demo: t.heapSmall,
      large: t.heapLarge,
      ratio: heapRatio,
    },
    counts,
  }
  mkdirSync(resultsDir, { recursive: true })
  const stamp = started.toISOString().replace(/[:.]/g, '-')
  const file = join(resultsDir, `bench-${stamp}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\nWrote ${relative(root, file)} and bench-results/latest.json`)
}

let exitCode = 0
try {
  await main()
} catch (error) {
  // After Ctrl+C the browser closes under a measurement; the signal handler reports that.
  if (!stopping) console.error('\nThe bench failed:', error instanceof Error ? (error.stack ?? error.message) : error)
  exitCode = 1
} finally {
  await cleanup()
}
process.exit(exitCode)
