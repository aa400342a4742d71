// `npm test`: the whole gate, one step after another, stopping at the first that fails. Each
// step is an npm script run as it would be alone; the gate then prints how long each took, so
// the one that makes the gate slow is named rather than guessed (the gate should stay under 15
// minutes on a 2-core machine).
import { spawnSync } from 'node:child_process'

const STEPS = [
  ['check:tools', 'npm', ['run', '--silent', 'check:tools']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format:check', 'npm', ['run', '--silent', 'format:check']],
  ['knip', 'npm', ['run', '--silent', 'knip']],
  ['test:unit', 'npm', ['run', '--silent', 'test:unit']],
  ['check:bundle', 'npm', ['run', '--silent', 'check:bundle']],
  ['e2e', 'npm', ['run', '--silent', 'e2e']],
  // check:bundle has just built dist/ from this tree: the proxy journeys serve it as it is.
  ['e2e:proxy', 'npm', ['run', '--silent', 'e2e:proxy'], { E2E_DIST_BUILT: '1' }],
]

const seconds = (ms) => `${(ms / 1000).toFixed(0).padStart(5)} s`
const done = []
let failed = null
const start = Date.now()
for (const [name, command, args, env] of STEPS) {
  console.log(`\n▶ ${name}`)
  const began = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  done.push([name, Date.now() - began])
  if (result.status !== 0) {
    failed = name
    break
  }
}
console.log(`\nThe gate ${failed ? `failed at ${failed}` : 'passed'}:`)
for (const [name, ms] of done) console.log(`  ${name.padEnd(14)}${seconds(ms)}`)
console.log(`  ${'total'.padEnd(14)}${seconds(Date.now() - start)}`)
process.exit(failed ? 1 : 0)
