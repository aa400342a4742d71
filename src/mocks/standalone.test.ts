// @vitest-environment node
import type { ChildProcess } from 'node:child_process'
import { http, passthrough } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { tokenCreatedWire } from '../backends/influxdb3/wire'
import { server } from './node'
import { startStandalone, stop } from './standalone-process'

let child: ChildProcess | null = null

afterEach(() => {
  stop(child)
  child = null
})

/** Starts the standalone server and resolves with its port once it prints the listening line. */
async function start(args: string[]): Promise<{ port: number; output: () => string }> {
  const started = await startStandalone(args)
  child = started.process
  return started
}

function exited(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => proc.once('exit', (code) => resolve(code)))
}

describe('the standalone server', () => {
  it('serves a fresh server over real HTTP, bootstraps the operator token and stops cleanly on SIGTERM', async () => {
    const { port, output } = await start(['--port', '0', '--empty'])
    expect(output()).toContain('InfluxDB 3 mock (enterprise) listening on')
    const origin = `http://127.0.0.1:${port}`
    // The in-process MSW server would answer this origin too; let these calls reach the network.
    server.use(http.all(new RegExp(`^${origin.replace(/\./g, '\\.')}/`), () => passthrough()))

    const created = await fetch(`${origin}/api/v3/configure/token/admin`, { method: 'POST' })
    expect(created.status).toBe(201)
    expect(created.headers.get('content-type')).toBe('json')
    const { token } = tokenCreatedWire.parse(await created.json())

    const health = await fetch(`${origin}/health`, { headers: { Authorization: `Bearer ${token}` } })
    expect(await health.text()).toBe('OK')
    const denied = await fetch(`${origin}/health`)
    expect(denied.status).toBe(401)
    expect(denied.headers.get('content-type')).toBeNull()
    await denied.arrayBuffer()

    const running = child as ChildProcess
    const exit = exited(running)
    running.kill('SIGTERM')
    expect(await exit).toBe(0)
  }, 15_000)
})
