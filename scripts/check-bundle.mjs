// Fails when the production build (dist/) carries any of the mock: MSW code in a chunk, or the
// service worker file. Run after `vite build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

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
  for (const marker of MARKERS) if (code.includes(marker)) problems.push(`${file} contains "${marker}"`)
}
if (problems.length) {
  console.error(`The production build carries mock code:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log('Production build: no mock or MSW code.')
