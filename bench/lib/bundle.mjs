// What a page loaded, in bytes, against what the build made: the entry's files and lazy ones,
// before the first rows and after; and what the console's initial JS has beyond the floor's.
import { entryFiles, fileSizes } from './build.mjs'
import { compositionOf } from './composition.mjs'

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

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

/** Per group (package or src folder), the console's raw bytes against the floor's, largest extra first. */
function compositionDelta(consoleParts, floorParts) {
  const floor = new Map(floorParts.map((part) => [part.group, part]))
  const groups = new Set([...consoleParts.map((part) => part.group), ...floor.keys()])
  return [...groups]
    .map((group) => {
      const ours = consoleParts.find((part) => part.group === group) ?? { raw: 0, gzip: 0 }
      const theirs = floor.get(group) ?? { raw: 0, gzip: 0 }
      return {
        group,
        console: ours.raw,
        floor: theirs.raw,
        extra: ours.raw - theirs.raw,
        consoleGzip: ours.gzip,
        floorGzip: theirs.gzip,
      }
    })
    .sort((a, b) => b.extra - a.extra)
}

/**
 * Both apps' bundles (what each page loaded, from its build), the initial JS ratio and the
 * composition of both. `builds`: per app its outDir and Vite's report; `details`: the assets
 * each page requested (consoleAssets, floorAssets).
 */
export function compareBundles({ builds, details }, root) {
  const consoleBundle = bundleReport(builds.console.outDir, details.consoleAssets, builds.console.viteReport)
  const floorBundle = bundleReport(builds.floor.outDir, details.floorAssets, builds.floor.viteReport)
  const consoleComposition = compositionOf(consoleBundle.js.initial.files, builds.console.outDir, root)
  const floorComposition = compositionOf(floorBundle.js.initial.files, builds.floor.outDir, root)
  return {
    console: consoleBundle,
    floor: floorBundle,
    jsRatio: consoleBundle.js.initial.gzip / floorBundle.js.initial.gzip,
    composition: {
      console: consoleComposition,
      floor: floorComposition,
      delta: compositionDelta(consoleComposition, floorComposition),
    },
  }
}

/** The largest differences of compositionDelta, as a table on stdout. */
export function printComposition(delta) {
  console.log("\nWhat the console's initial JS has beyond the floor's (source-map estimate, raw bytes):")
  console.log(`  ${'group'.padEnd(40)} ${'console'.padStart(9)} ${'floor'.padStart(9)} ${'extra'.padStart(10)}`)
  for (const part of delta.filter((entry) => entry.extra !== 0).slice(0, 15)) {
    const extra = `${part.extra > 0 ? '+' : ''}${kB(part.extra)}`
    console.log(`  ${part.group.padEnd(40)} ${kB(part.console).padStart(9)} ${kB(part.floor).padStart(9)} ${extra.padStart(10)}`)
  }
}
