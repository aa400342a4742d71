// `npm run bench [-- --runs N] [--warmup N]`: builds the production console and the floor app,
// measures initial JS/CSS and the large-data interactions in headless Chromium against the
// standalone mock (scenarios `demo` and `large`) through the console's own server, prints a
// table and writes bench-results/bench-<timestamp>.json and bench-results/latest.json.
// What each metric means: docs/performance.md. Timings are medians of fresh-context runs.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { findChromium } from '../scripts/chromium.mjs'
import { buildConsole, buildFloor } from './lib/build.mjs'
import { machine } from './lib/machine.mjs'
import { stopAll } from './lib/processes.mjs'
import { startServers } from './lib/servers.mjs'
import { report } from './report.mjs'
import * as demo from './scenarios/demo.mjs'
import * as empty from './scenarios/empty.mjs'
import * as floor from './scenarios/floor.mjs'
import * as largeDialog from './scenarios/large-dialog.mjs'
import * as largeList from './scenarios/large-list.mjs'
import * as largeOtherProducts from './scenarios/large-other-products.mjs'
import { readFlags } from './lib/cli.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsDir = join(root, 'bench-results')
// Built apart from dist/ so a bench never races `npm test`, `npm start` or a build in progress.
const consoleOut = join(resultsDir, 'build', 'console')
const floorOut = join(resultsDir, 'build', 'floor')

/**
 * Run in this order in every run, each in its own fresh browser context. A scenario exports
 * `name`, `run(env, prepared)` and, optionally, `prepare(env)` (once per bench, before the
 * runs). `run` resolves to `{ samples, lists?, details?, counts? }`: `samples` one number per
 * metric (the report takes their medians), `lists` records to keep from every run, `details`
 * what the report keeps of the last run, `counts` what the page showed.
 */
const SCENARIOS = [floor, demo, largeList, largeDialog, empty, largeOtherProducts]

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
  const values = readFlags(USAGE, {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
  })
  const runs = Number(values.runs)
  const warmup = Number(values.warmup)
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
    console.error(`--runs must be ≥ 1 and --warmup ≥ 0\n\n${USAGE}`)
    process.exit(2)
  }
  return { runs, warmup }
}

function launchBrowser(executablePath) {
  return chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
}

/** Warm-up runs, then measured runs, of every scenario; keeps what the measured runs return. */
async function runScenarios(env, { runs, warmup }) {
  const prepared = await Promise.all(SCENARIOS.map((scenario) => scenario.prepare?.(env)))
  const kept = { samples: {}, lists: {}, details: {}, counts: {} }
  for (let run = 0; run < warmup + runs; run++) {
    const keep = run >= warmup
    process.stdout.write(`  ${keep ? `run ${run - warmup + 1}/${runs}` : `warm-up ${run + 1}/${warmup}`}:`)
    for (const [index, scenario] of SCENARIOS.entries()) {
      const result = await scenario.run(env, prepared[index])
      Object.assign(kept.counts, result.counts)
      if (keep) {
        for (const [key, value] of Object.entries(result.samples)) (kept.samples[key] ??= []).push(value)
        for (const [key, list] of Object.entries(result.lists ?? {})) (kept.lists[key] ??= []).push(...list)
        Object.assign(kept.details, result.details)
      }
      process.stdout.write(` ${scenario.name}`)
    }
    process.stdout.write('\n')
  }
  return kept
}

async function main() {
  const { runs, warmup } = options()
  const started = new Date()
  const found = findChromium()
  if (!found) throw new Error('no Chromium: set PW_CHROMIUM_PATH, or install Debian’s chromium or Playwright’s own')

  console.log('Building the production console and the floor app…')
  const builds = {
    console: { outDir: consoleOut, ...(await buildConsole(root, consoleOut)) },
    floor: { outDir: floorOut, ...(await buildFloor(root, floorOut)) },
  }

  console.log('Starting the mocks (demo, large) and the console servers…')
  const servers = await startServers(root, { consoleOut, floorOut })
  browser = await launchBrowser(found.executablePath)
  const info = machine(root, browser.version())
  console.log(`Chromium ${info.chromium}, ${info.cores} × ${info.cpu}; ${warmup} warm-up + ${runs} measured runs`)

  const kept = await runScenarios({ browser, servers }, { runs, warmup })
  const run = { started, machine: info, runs, warmup }
  report({ run, builds, ...kept }, { root, resultsDir })
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
