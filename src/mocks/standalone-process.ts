/**
 * For tests: the standalone mock server as a child process, resolved once it prints its
 * listening line, and stopped again by the test's own cleanup. Node only.
 */
import { type ChildProcess, spawn } from 'node:child_process'

export interface StartedServer {
  process: ChildProcess
  port: number
  origin: string
  output: () => string
}

export function startStandalone(args: string[]): Promise<StartedServer> {
  const proc = spawn('node_modules/.bin/tsx', ['src/mocks/standalone.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]
      if (port !== undefined)
        resolve({ process: proc, port: Number(port), origin: `http://127.0.0.1:${port}`, output: () => output })
    })
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    proc.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)))
  })
}

/** Runs the server with arguments it must refuse: resolves with its exit code and what it printed. */
export function refused(args: string[]): Promise<{ code: number | null; output: string }> {
  const proc = spawn('node_modules/.bin/tsx', ['src/mocks/standalone.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, output })))
}

export function stop(proc: ChildProcess | null | undefined): void {
  if (proc?.exitCode === null) proc.kill('SIGKILL')
}
