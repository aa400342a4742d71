// Child processes for the bench (mocks, console servers), started on free ports (port 0, so
// never one of the dev/e2e ports) and all stopped on exit, on Ctrl+C and on errors.
import { spawn } from 'node:child_process'

const children = new Set()

/**
 * Starts `node ...args` and resolves once every pattern in `ready` has matched a line of its
 * output, with the first capture group of each. Rejects when it exits or times out first.
 * @param {string} name
 * @param {string[]} args
 * With `ipc`, the child gets a message channel (child.send / process.send).
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, ready: RegExp[], timeoutMs?: number, ipc?: boolean }} options
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, found: string[] }>}
 */
export function startNode(name, args, { cwd, env = process.env, ready, timeoutMs = 120_000, ipc = false }) {
  return new Promise((resolve, reject) => {
    const stdio = ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe']
    const child = spawn(process.execPath, args, { cwd, env, stdio })
    children.add(child)
    const found = new Array(ready.length).fill(null)
    let output = ''
    let settled = false
    const fail = (message) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      reject(new Error(`${name}: ${message}\n--- its output ---\n${output.slice(-4000)}`))
    }
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs)
    const onData = (chunk) => {
      output += chunk.toString()
      if (settled) return
      ready.forEach((pattern, index) => {
        if (found[index] === null) found[index] = pattern.exec(output)?.[1] ?? null
      })
      if (found.every((value) => value !== null)) {
        settled = true
        clearTimeout(timer)
        resolve({ child, found })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', (error) => fail(error.message))
    child.on('exit', (code, signal) => {
      children.delete(child)
      fail(`exited early (${signal ?? `code ${code}`})`)
    })
  })
}

/** Stops every child still running: SIGTERM, then SIGKILL after a grace period. */
export async function stopAll(graceMs = 3000) {
  const running = [...children].filter((child) => child.exitCode === null && child.signalCode === null)
  await Promise.all(
    running.map(
      (child) =>
        new Promise((resolve) => {
          const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
          child.once('exit', () => {
            clearTimeout(kill)
            resolve()
          })
          child.kill('SIGTERM')
        }),
    ),
  )
  children.clear()
}

// Last resort when the process exits without stopAll() having run (process.exit elsewhere).
process.on('exit', () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
})
