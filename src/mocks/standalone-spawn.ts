/** For the standalone server's tests: start it as a child process on a free port, and stop it. */
import { type ChildProcess, spawn } from 'node:child_process'

import { http, passthrough } from 'msw'

import { server } from './node'

let child: ChildProcess | null = null

/** The running child, for a test that stops it itself. */
export function running(): ChildProcess | null {
  return child
}

/** Kills a child a test left running (call in afterEach). */
export function stopStandalone(): void {
  if (child?.exitCode === null) child.kill('SIGKILL')
  child = null
}

/** Starts the standalone server and resolves with its port once it prints the listening line. */
export function startStandalone(args: string[]): Promise<{ port: number; origin: string; output: () => string }> {
  const proc = spawn('node_modules/.bin/tsx', ['src/mocks/standalone.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  child = proc
  let output = ''
  return new Promise((resolve, reject) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]
      if (port === undefined) return
      const origin = `http://127.0.0.1:${port}`
      // The in-process MSW server would answer this origin too; let these calls reach the network.
      server.use(http.all(new RegExp(`^${origin.replace(/\./g, '\\.')}/`), () => passthrough()))
      resolve({ port: Number(port), origin, output: () => output })
    })
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    proc.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)))
  })
}

/** Runs the standalone server to its end (a usage error, `--help`): its exit code and output. */
export function runStandalone(args: string[]): Promise<{ code: number | null; output: string }> {
  const proc = spawn('node_modules/.bin/tsx', ['src/mocks/standalone.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  child = proc
  let output = ''
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, output })))
}

export function exited(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)))
}
