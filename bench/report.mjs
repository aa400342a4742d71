// The bench's report: the targets, the summary table on stdout, the console's initial JS beyond
// the floor's, and the JSON in bench-results/. What each metric means: docs/performance.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { compareBundles, printComposition } from './lib/bundle.mjs'
import { loadavg } from './lib/machine.mjs'
import { round, summary } from './lib/stats.mjs'
import { SEARCH_WORDS } from './scenarios/large-list.mjs'

export const TARGETS = {
  initialJs: 1.25,
  firstRows: 1.3,
  dialog: 1.3,
  selectAll: 16,
  keystroke: 100,
  heap: 2,
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
const ms = (value) => `${value.toFixed(1)} ms`
const viteGzip = (part) => (part.viteGzip === null ? 'n/a' : kB(part.viteGzip))
const ratio = (a, b) => round(a.median / b.median, 2)
const overFloor = (rows, floor) => ({ ratio: ratio(rows, floor), differenceMs: round(rows.median - floor.median) })

/** Every sample list as median/min/max/samples; lists of records (each keystroke) as they are. */
function summarise({ samples, lists }) {
  return { ...Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, summary(values)])), ...lists }
}

function bundleRows(bundle) {
  const { console: ours, floor, jsRatio } = bundle
  return [
    {
      metric: 'Initial JS (gzip): console / floor',
      value: `${kB(ours.js.initial.gzip)} / ${kB(floor.js.initial.gzip)} = ${jsRatio.toFixed(2)}×`,
      target: `≤ ${TARGETS.initialJs}×`,
      pass: jsRatio <= TARGETS.initialJs,
    },
    {
      metric: '  console JS: entry + lazy (gzip)',
      value: `${kB(ours.js.entry.gzip)} + ${kB(ours.js.lazy.gzip)} (raw ${kB(ours.js.initial.raw)}, Vite says ${viteGzip(ours.js.initial)})`,
      pass: null,
    },
    {
      metric: '  floor JS: entry + lazy (gzip)',
      value: `${kB(floor.js.entry.gzip)} + ${kB(floor.js.lazy.gzip)} (raw ${kB(floor.js.initial.raw)}, Vite says ${viteGzip(floor.js.initial)})`,
      pass: null,
    },
    {
      metric: '  initial CSS (gzip): console / floor',
      value: `${kB(ours.css.initial.gzip)} / ${kB(floor.css.initial.gzip)} (raw ${kB(ours.css.initial.raw)} / ${kB(floor.css.initial.raw)})`,
      pass: null,
    },
  ]
}

function firstRowsRows(t, ratios) {
  return [
    {
      metric: 'First token rows: 10 000 vs 10 tokens',
      value: `${ms(t.firstRowsLarge.median)} vs ${ms(t.firstRowsSmall.median)} = ${ratios.firstRows.toFixed(2)}×`,
      target: `≤ ${TARGETS.firstRows}×`,
      pass: ratios.firstRows <= TARGETS.firstRows,
    },
    {
      metric: '  token query sent at: 10 000 vs 10 tokens',
      value: `${ms(t.tokensQuerySentLarge.median)} vs ${ms(t.tokensQuerySentSmall.median)}`,
      pass: null,
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
    { metric: 'Floor app: navigation → first render', value: ms(t.floorFirstRender.median), pass: null },
    ...[
      ['10 tokens', t.firstRowsSmall, ratios.overFloor.small],
      ['10 000 tokens', t.firstRowsLarge, ratios.overFloor.large],
    ].map(([size, rows, over]) => ({
      metric: `  first token rows at ${size} vs the floor`,
      value: `${ms(rows.median)} = ${over.ratio.toFixed(2)}× (${over.differenceMs >= 0 ? '+' : ''}${ms(over.differenceMs)})`,
      pass: null,
    })),
  ]
}

function dialogRows(t, ratios, counts) {
  return [
    {
      metric: 'Permission grid: 1 000 vs 6 databases',
      value: `${ms(t.dialogLarge.median)} vs ${ms(t.dialogSmall.median)} = ${ratios.dialog.toFixed(2)}×`,
      target: `≤ ${TARGETS.dialog}×`,
      pass: ratios.dialog <= TARGETS.dialog,
    },
    {
      metric: '  same, second open (form code loaded)',
      value: `${ms(t.dialogLargeWarm.median)} vs ${ms(t.dialogSmallWarm.median)} = ${ratios.dialogWarm.toFixed(2)}×`,
      target: `≤ ${TARGETS.dialog}×`,
      pass: ratios.dialogWarm <= TARGETS.dialog,
    },
    {
      metric: '"Read all databases" at 1 000 (to DOM + layout)',
      value: ms(t.selectAll.median),
      target: `≤ ${TARGETS.selectAll} ms`,
      pass: t.selectAll.median <= TARGETS.selectAll,
    },
    { metric: '  rows rendered (window of 1 001)', value: String(counts?.selectAllBoxes ?? '?'), pass: null },
    {
      metric: '  of which click handler / until all checked',
      value: `${ms(t.selectAllHandler.median)} / ${ms(t.selectAllScript.median)}`,
      pass: null,
    },
    { metric: '  same, to the next animation frame', value: ms(t.selectAllFrame.median), pass: null },
  ]
}

function searchAndHeapRows(t, ratios) {
  return [
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
      value: `${MB(t.heapLarge.median)} vs ${MB(t.heapEmpty.median)} = ${ratios.heap.toFixed(2)}×`,
      target: `≤ ${TARGETS.heap}×`,
      pass: ratios.heap <= TARGETS.heap,
    },
    { metric: '  heap with the demo (≈ 10 tokens)', value: MB(t.heapSmall.median), pass: null },
    {
      metric: 'InfluxDB 2: first token rows at 10 000 authorizations',
      value: `${ms(t.firstRowsV2Large.median)} (InfluxDB 3 at 10 000: ${ms(t.firstRowsLarge.median)})`,
      pass: null,
    },
    ...listCallRows(t, 'V2Large', 'authorizations'),
    { metric: '  custom token grid with all 1 000 buckets (from Next)', value: ms(t.bucketGridV2Large.median), pass: null },
    {
      metric: 'Cloud Dedicated: first token rows at 10 000 tokens, 500 databases',
      value: `${ms(t.firstRowsManagementLarge.median)} (InfluxDB 3 at 10 000: ${ms(t.firstRowsLarge.median)})`,
      pass: null,
    },
    ...listCallRows(t, 'ManagementLarge', 'tokens'),
  ]
}

/** Where another product's first rows went: its list call, its other calls before the rows, the work after them. */
function listCallRows(t, suffix, list) {
  const figure = (name) => t[`${name}${suffix}`]?.median ?? NaN
  return [
    {
      metric: `  ${list} list answered at (took, bytes on the wire)`,
      value: `${ms(figure('listAnswered'))} (${ms(figure('listTook'))}, ${MB(figure('listBytes'))})`,
      pass: null,
    },
    {
      metric: '  last API answer before the rows (calls) → rows in the DOM after it',
      value: `${ms(figure('lastAnswer'))} (${figure('calls')}) → ${ms(figure('rowsAfterAnswers'))}`,
      pass: null,
    },
  ]
}

function printTable(rows) {
  const header = ['Metric', 'Value', 'Target', 'Result']
  const cells = rows.map((row) => [
    row.metric,
    row.value,
    row.target ?? '',
    row.pass === null ? 'info' : row.pass ? 'pass' : 'MISS',
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)))
  const line = (cell) => cell.map((text, column) => text.padEnd(widths[column])).join('  ')
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`)
  for (const cell of cells) console.log(line(cell))
}

function timingsJson(t, ratios, details) {
  return {
    unit: 'ms',
    firstRows: {
      small: t.firstRowsSmall,
      large: t.firstRowsLarge,
      smallFrame: t.firstRowsSmallFrame,
      largeFrame: t.firstRowsLargeFrame,
      ratio: ratios.firstRows,
      floor: t.floorFirstRender,
      floorFrame: t.floorFirstRenderFrame,
      overFloor: ratios.overFloor,
      tokensQuerySent: { small: t.tokensQuerySentSmall, large: t.tokensQuerySentLarge },
      tokensQueryAnswered: { small: t.tokensResponseSmall, large: t.tokensResponseLarge },
      tokensQueryTook: { small: t.tokensQueryTookSmall, large: t.tokensQueryTookLarge },
      rowsAfterQueryAnswered: { small: t.rowsAfterResponseSmall, large: t.rowsAfterResponseLarge },
      apiCallsOfLastRun: { small: details.apiSmall, large: details.apiLarge },
    },
    dialog: {
      small: t.dialogSmall,
      large: t.dialogLarge,
      smallFrame: t.dialogSmallFrame,
      largeFrame: t.dialogLargeFrame,
      ratio: ratios.dialog,
      secondOpen: { small: t.dialogSmallWarm, large: t.dialogLargeWarm, ratio: ratios.dialogWarm },
      firstOpenOfLastRun: { small: details.dialogSmall, large: details.dialogLarge },
    },
    selectAll: { dom: t.selectAll, frame: t.selectAllFrame, allChecked: t.selectAllScript, clickHandler: t.selectAllHandler },
    keystroke: { dom: t.keystroke, frame: t.keystrokeFrame, firstOfWord: t.keystrokeFirst, each: t.keystrokeAll },
    otherProducts: { apiCallsOfLastRun: { influxdb2: details.apiV2Large, cloudDedicated: details.apiManagementLarge } },
  }
}

function resultJson({ run, builds, counts, details }, t, ratios, bundle, table) {
  const finished = new Date()
  return {
    schema: 1,
    date: run.started.toISOString(),
    durationSeconds: round((finished.getTime() - run.started.getTime()) / 1000),
    machine: { ...run.machine, loadavgAtEnd: loadavg() },
    options: { runs: run.runs, warmup: run.warmup, searchWords: SEARCH_WORDS, viewport: '1280×800' },
    targets: TARGETS,
    table,
    bundle: {
      note: 'gzip = node:zlib gzipSync level 9 of the built file; transferred = body + headers as Chromium received them (the console server does not compress); viteGzip = what vite build reported',
      console: { ...bundle.console, buildMs: builds.console.ms },
      floor: { ...bundle.floor, buildMs: builds.floor.ms },
      initialJsGzipRatio: round(bundle.jsRatio, 3),
      composition: bundle.composition,
    },
    timings: timingsJson(t, ratios, details),
    heap: {
      unit: 'bytes (Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage)',
      empty: t.heapEmpty,
      demo: t.heapSmall,
      large: t.heapLarge,
      ratio: ratios.heap,
    },
    counts,
  }
}

/**
 * Prints the table and the composition, and writes bench-results/bench-<timestamp>.json and
 * bench-results/latest.json.
 * @param {object} bench `run` (started, machine, runs, warmup), `builds` (per app: outDir, ms,
 *   viteReport), and what the scenarios returned: `samples`, `lists`, `details`, `counts`
 * @param {{ root: string, resultsDir: string }} paths
 */
export function report(bench, { root, resultsDir }) {
  const t = summarise(bench)
  const ratios = {
    firstRows: ratio(t.firstRowsLarge, t.firstRowsSmall),
    dialog: ratio(t.dialogLarge, t.dialogSmall),
    dialogWarm: ratio(t.dialogLargeWarm, t.dialogSmallWarm),
    heap: ratio(t.heapLarge, t.heapEmpty),
    // Against the floor app's first render in the same runs: a gain at every size shows here.
    overFloor: { small: overFloor(t.firstRowsSmall, t.floorFirstRender), large: overFloor(t.firstRowsLarge, t.floorFirstRender) },
  }
  const bundle = compareBundles(bench, root)
  const table = [
    ...bundleRows(bundle),
    ...firstRowsRows(t, ratios),
    ...dialogRows(t, ratios, bench.counts),
    ...searchAndHeapRows(t, ratios),
  ]
  printTable(table)
  printComposition(bundle.composition.delta)

  const json = `${JSON.stringify(resultJson(bench, t, ratios, bundle, table), null, 2)}\n`
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `bench-${bench.run.started.toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, json)
  writeFileSync(join(resultsDir, 'latest.json'), json)
  console.log(`\nWrote ${relative(root, file)} and bench-results/latest.json`)
}
