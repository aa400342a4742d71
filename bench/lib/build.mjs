// The two builds the bench compares, made in the same run with the same Vite and plugin: the
// production console (the repo's vite.config.ts, production mode) and the floor app
// (bench/floor). Each gets a manifest (to tell the entry's chunks from lazy ones) and hidden
// source maps (for the composition estimate; the emitted JS is byte-identical without them).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build, createLogger } from 'vite'

/** A logger that keeps Vite's info output (the size report) instead of printing it. */
function capturingLogger() {
  const base = createLogger('info')
  const lines = []
  return {
    lines,
    logger: {
      ...base,
      info(message) {
        lines.push(...String(message).split('\n'))
      },
      clearScreen() {},
    },
  }
}

const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g')

/** Vite's own size report, `assets/x.js  123.45 kB │ gzip: 40.00 kB`, in bytes (kB = 1000 B). */
function parseViteReport(lines) {
  const sizes = {}
  for (const line of lines) {
    const match = /(\S+)\s+([\d,.]+) kB\s+│ gzip:\s+([\d,.]+) kB/.exec(line.replace(ANSI, ''))
    if (!match) continue
    const file = match[1].replace(/^.*?(assets\/)/, '$1')
    const kB = (text) => Math.round(Number(text.replaceAll(',', '')) * 1000)
    sizes[file] = { raw: kB(match[2]), gzip: kB(match[3]) }
  }
  return sizes
}

async function viteBuild(name, config) {
  const { lines, logger } = capturingLogger()
  const started = performance.now()
  await build({
    ...config,
    mode: 'production',
    logLevel: 'info',
    customLogger: logger,
    build: { ...config.build, emptyOutDir: true, manifest: true, sourcemap: 'hidden' },
  })
  const ms = Math.round(performance.now() - started)
  console.log(`  built ${name} in ${ms} ms`)
  return { ms, viteReport: parseViteReport(lines) }
}

/** `vite build` of the console, as `npm run build` does it, into `outDir`. */
export function buildConsole(root, outDir) {
  return viteBuild('console', { root, configFile: resolve(root, 'vite.config.ts'), build: { outDir } })
}

/** The floor app: bench/floor with only the React plugin, into `outDir`. */
export function buildFloor(root, outDir) {
  return viteBuild('floor app', {
    root: resolve(root, 'bench/floor'),
    configFile: false,
    plugins: [react()],
    build: { outDir },
  })
}

export function fileSizes(outDir, file) {
  const content = readFileSync(join(outDir, file))
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

/**
 * Everything the HTML entry needs before it runs: the entry chunk, its static imports
 * (transitively, the files Vite modulepreloads) and their CSS. From `.vite/manifest.json`.
 */
export function entryFiles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'))
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
  if (!entryKey) throw new Error(`no entry in ${outDir}/.vite/manifest.json`)
  const js = []
  const css = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || js.includes(chunk.file)) return
    js.push(chunk.file)
    for (const file of chunk.css ?? []) css.add(file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(entryKey)
  const all = new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]))
  return { entry: manifest[entryKey].file, js, css: [...css], all: [...all].filter((file) => /\.(js|css)$/.test(file)) }
}
