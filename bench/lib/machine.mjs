// What the bench ran on, for the JSON: CPU, memory, OS, tool versions, load and the git state.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { round } from './stats.mjs'

export const loadavg = () => os.loadavg().map((load) => round(load, 2))

export function machine(root, chromiumVersion) {
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
    loadavgAtStart: loadavg(),
    git: { commit, dirty },
  }
}
