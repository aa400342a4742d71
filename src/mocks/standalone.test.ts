// @vitest-environment node
import type { ChildProcess } from 'node:child_process'

import { afterEach, describe, expect, it } from 'vitest'

import { tokenCreatedWire } from '../backends/influxdb3/wire'
import { exited, running, startStandalone, stopStandalone } from './standalone-spawn'

afterEach(stopStandalone)

describe('the standalone server', () => {
  it('serves a fresh server over real HTTP, bootstraps the operator token and stops cleanly on SIGTERM', async () => {
    const { origin, output } = await startStandalone(['--port', '0', '--empty'])
    expect(output()).toContain('InfluxDB 3 mock (enterprise) listening on')

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

    const proc = running() as ChildProcess
    const exit = exited(proc)
    proc.kill('SIGTERM')
    expect(await exit).toBe(0)
  }, 15_000)
})
