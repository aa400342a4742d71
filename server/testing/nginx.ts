/**
 * Runs the deployment recipe for a test: scripts/run-nginx.mjs (deploy/nginx.conf with its
 * CHANGE values filled in) on a free loopback port, serving `root` and proxying to `upstream`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'

import { closedPort } from './upstream'

const SCRIPT = fileURLToPath(new URL('../../scripts/run-nginx.mjs', import.meta.url))

export interface NginxOptions {
  root: string
  /** host:port of the InfluxDB 3 stand-in */
  upstream: string
  /** host:port of the recovery stand-in; unset leaves the recipe's recovery location commented out */
  recovery?: string
  port?: number
}

export interface RunningNginx {
  port: number
  output: () => string
  stop: () => Promise<void>
}

const running = new Set<ChildProcess>()

/** Stops every runner still going (one a test left behind by failing or timing out). */
export async function stopAllNginx(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)))
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  return exited
}

function spawnRunner({ root, upstream, recovery }: NginxOptions, port: number): { child: ChildProcess; output: () => string } {
  const args = [SCRIPT, '--port', String(port), '--root', root, '--upstream', upstream]
  if (recovery) args.push('--recovery', recovery)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let text = ''
  const collect = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  return { child, output: () => text }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Starts nginx and resolves once its port accepts connections; rejects if the runner exits first. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const port = options.port ?? (await closedPort())
  const { child, output } = spawnRunner(options, port)
  const stop = () => stopChild(child)
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`run-nginx.mjs exited (${child.signalCode ?? child.exitCode}) before serving:\n${output()}`)
    }
    if (await accepts(port)) return { port, output, stop }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Runs the runner to its end (for the cases where it must refuse to start): its exit code and output. */
export async function runNginxToExit(options: NginxOptions): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnRunner(options, options.port ?? (await closedPort()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)))
  return { code, output: output() }
}
