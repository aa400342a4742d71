// `npm run audit`: `npm audit --omit=dev --json`, failing on any high or critical advisory in
// the production dependencies that audit-allowlist.json does not list with a reason. When the
// audit itself cannot run (e.g. the registry answers 405 to npm's advisory endpoint) it says so
// and fails, unless AUDIT_UNAVAILABLE_OK=1. The decisions live in audit-report.mjs.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runAudit } from './audit-report.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

let allowlist
try {
  allowlist = JSON.parse(readFileSync(resolve(root, 'audit-allowlist.json'), 'utf8'))
} catch (error) {
  console.error(`audit: cannot read audit-allowlist.json: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

// npm exits non-zero both when it finds advisories and when it cannot audit: the JSON decides.
const npm = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  shell: process.platform === 'win32',
})
const stderr = npm.error ? `npm could not be started: ${npm.error.message}` : (npm.stderr ?? '')

const { exitCode, lines } = runAudit({ stdout: npm.stdout ?? '', stderr, allowlist, env: process.env })
for (const line of lines) (exitCode === 0 ? console.log : console.error)(line)
process.exit(exitCode)
