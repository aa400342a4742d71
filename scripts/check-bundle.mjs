// The production build's guard rails, run after `vite build` (no browser needed):
// 1. no mock or MSW code anywhere in dist/ (the demo's service worker stays in the demo build);
// 2. the JavaScript the first page loads (the entry chunk and the chunks index.html preloads),
//    gzipped, stays within the budget in bundle-budget.json. Raise the budget only on purpose,
//    in its own commit, with the reason (see docs/performance.md).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url).pathname
const MARKERS = ['setupWorker', 'mockServiceWorker', '[MSW]', 'MockInflux']
const problems = []

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.')
  process.exit(1)
}
if (existsSync(join(dist, 'mockServiceWorker.js'))) problems.push('dist/mockServiceWorker.js exists')
for (const file of readdirSync(join(dist, 'assets'))) {
  if (!file.endsWith('.js')) continue
  const code = readFileSync(join(dist, 'assets', file), 'utf8')
  for (const marker of MARKERS) if (code.includes(marker)) problems.push(`${file} contains "${marker}" (mock code)`)
}

const html = readFileSync(join(dist, 'index.html'), 'utf8')
const initial = [...html.matchAll(/(?:<script[^>]+src|<link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1])
const sizes = initial.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }))
const total = sizes.reduce((sum, s) => sum + s.gzip, 0)
const { initialJsGzipBytes: budget } = JSON.parse(readFileSync(new URL('../bundle-budget.json', import.meta.url), 'utf8'))
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
if (total > budget) {
  problems.push(
    `the first page loads ${kb(total)} of gzipped JavaScript, over the budget of ${kb(budget)}:\n    ${sizes
      .map((s) => `${s.file} ${kb(s.gzip)}`)
      .join('\n    ')}`,
  )
}

if (problems.length) {
  console.error(`The production build fails its checks:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`Production build: no mock code; first page JavaScript ${kb(total)} gzipped (budget ${kb(budget)}).`)
