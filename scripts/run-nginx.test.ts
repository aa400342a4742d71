// @vitest-environment node
// scripts/run-nginx.mjs wherever the checkout sits: a build in a folder only its owner may enter
// is served (started as root, nginx would drop its workers to nobody or www-data, who cannot
// enter it), and a root or port nginx cannot use stops the runner with a message, not a timeout.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, describe, expect, it } from 'vitest'

import { runNginxToExit, type RunningNginx, startNginx, stopAllNginx } from '../server/testing/nginx'
import { rawRequest, send } from '../server/testing/raw-http'
import { close, listen } from '../server/testing/upstream'

let nginx: RunningNginx | undefined
let blocker: Server | undefined

afterEach(async () => {
  await nginx?.stop()
  await close(blocker)
  nginx = undefined
  blocker = undefined
})
afterAll(stopAllNginx)

/** A checkout's dist/ under a 0700 folder, like a clone into `mktemp -d` or a private home. */
function privateBuild(): string {
  const parent = mkdtempSync(join(tmpdir(), 'console-private-'))
  chmodSync(parent, 0o700)
  const root = join(parent, 'checkout', 'dist')
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>console</title>PRIVATE-CHECKOUT')
  return root
}

describe('run-nginx.mjs', () => {
  it('serves a build that sits in a folder only its owner may enter', async () => {
    nginx = await startNginx({ root: privateBuild(), upstream: '127.0.0.1:9' })
    for (const path of ['/index.html', '/tokens']) {
      const answer = await send(nginx.port, rawRequest('GET', path))
      expect(answer.status, `${path}\n${nginx.output()}`).toBe(200)
      expect(answer.body).toContain('PRIVATE-CHECKOUT')
    }
  })

  it('stops at once with a message when the folder has no index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'console-empty-'))
    const { code, output } = await runNginxToExit({ root: empty, upstream: '127.0.0.1:9' })
    expect(code).not.toBe(0)
    expect(output).toContain(`${empty} has no index.html`)
  })

  it('stops with a message when nginx cannot start', async () => {
    blocker = createServer()
    const port = await listen(blocker)
    const { code, output } = await runNginxToExit({ root: privateBuild(), upstream: '127.0.0.1:9', port })
    expect(code).not.toBe(0)
    expect(output).toContain('nginx stopped before serving')
    expect(output).toContain('Address already in use')
  })
})
