// @vitest-environment node
// The hostile list of ./testing/hostile-requests.ts against the console server and against the
// nginx recipe (through scripts/run-nginx.mjs), both serving the same fixture folder and
// proxying to the same stand-in: no answer carries a file from outside the served folder, and
// the server keeps serving after each one.
import type { Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConsoleServer } from './serve.mjs'
import { ASSET_TEXT, type Fixture, INDEX_MARKER, makeFixture, OUTSIDE_MARKERS } from './testing/fixture'
import { hostileRequests } from './testing/hostile-requests'
import { type RunningNginx, startNginx, stopAllNginx } from './testing/nginx'
import { type RawAnswer, rawRequest, send } from './testing/raw-http'
import { close, listen, startUpstream } from './testing/upstream'

const HOSTILE = hostileRequests()

/** What a successful answer may carry: the app, the bundle, the config, or the upstream's echo. */
function isFromInside(answer: RawAnswer): boolean {
  const body = answer.body
  return (
    body === '' ||
    body.includes(INDEX_MARKER) ||
    body === ASSET_TEXT ||
    body.startsWith('UPSTREAM ') ||
    body.startsWith('{"mode"')
  )
}

async function expectHarmless(port: number, hostile: (typeof HOSTILE)[number]) {
  const answer = await send(port, hostile.request, { head: hostile.head ?? false })
  const seen = JSON.stringify(answer.headers) + answer.body
  for (const marker of OUTSIDE_MARKERS) expect(seen, `${hostile.name}: a file from outside`).not.toContain(marker)
  expect(answer.status, `${hostile.name}: answered`).not.toBeNull()
  if (answer.status !== null && answer.status < 300) {
    expect(isFromInside(answer), `${hostile.name}: ${answer.status} with ${answer.body.slice(0, 80)}`).toBe(true)
  }
  if (hostile.head) expect(answer.body, `${hostile.name}: HEAD has no body`).toBe('')
  const after = await send(port, rawRequest('GET', '/index.html'))
  expect(after.status, `still serving after ${hostile.name}`).toBe(200)
  expect(after.body).toContain(INDEX_MARKER)
}

describe('the nginx recipe under hostile requests', () => {
  let upstream: Server
  let nginx: RunningNginx

  beforeAll(async () => {
    const started = await startUpstream()
    upstream = started.server
    nginx = await startNginx({ root: makeFixture().root, upstream: `127.0.0.1:${started.port}` })
  })

  afterAll(async () => {
    await stopAllNginx()
    await close(upstream)
  })

  it(`answers each of ${HOSTILE.length} hostile requests without a file from outside its folder, and keeps serving`, async () => {
    for (const hostile of HOSTILE) await expectHarmless(nginx.port, hostile)
  })

  it('follows no symlink out of the folder', async () => {
    for (const path of ['/leak.txt', '/passwd.txt', '/escape/index.html']) {
      const answer = await send(nginx.port, rawRequest('GET', path))
      expect(answer.body, path).toContain(INDEX_MARKER)
    }
  })

  it('answers only GET and HEAD on the config', async () => {
    expect((await send(nginx.port, rawRequest('POST', '/console-config.json'))).status).toBe(405)
    expect((await send(nginx.port, rawRequest('GET', '/console-config.json'))).status).toBe(200)
  })
})

describe('the console server under hostile requests', () => {
  let fixture: Fixture
  let upstream: Server
  let consoleServer: Server
  let port = 0

  beforeAll(async () => {
    fixture = makeFixture()
    const started = await startUpstream()
    upstream = started.server
    const target = `http://127.0.0.1:${started.port}`
    consoleServer = createConsoleServer({ dir: fixture.root, target, recovery: target })
    port = await listen(consoleServer)
  })

  afterAll(async () => {
    await close(consoleServer)
    await close(upstream)
  })

  it(`answers each of ${HOSTILE.length} hostile requests without a file from outside its folder, and keeps serving`, async () => {
    for (const hostile of HOSTILE) await expectHarmless(port, hostile)
  })

  it('refuses a path into a sibling folder whose name begins with the served folder’s', async () => {
    const answer = await send(port, rawRequest('GET', '/..%2Fdist-demo/index.html'))
    expect(answer.status).toBe(403)
  })

  it('refuses backslashes and NUL bytes in paths', async () => {
    for (const target of ['/..%5csecret.txt', '/a\\b', '/index.html%00.js', '/%00']) {
      expect((await send(port, rawRequest('GET', target))).status, target).toBe(400)
    }
  })

  it('refuses a symlink that leads out of the folder, and follows one that stays inside', async () => {
    expect((await send(port, rawRequest('GET', '/leak.txt'))).status).toBe(403)
    expect((await send(port, rawRequest('GET', '/escape/index.html'))).status).toBe(403)
    const inside = await send(port, rawRequest('GET', '/inside.js'))
    expect(inside.status).toBe(200)
    expect(inside.body).toBe(ASSET_TEXT)
  })

  it('answers only GET and HEAD on the config and the static files', async () => {
    for (const path of ['/console-config.json', '/index.html', '/assets/app-1.js']) {
      const answer = await send(port, rawRequest('POST', path))
      expect(answer.status, path).toBe(405)
      expect(answer.headers.allow, path).toBe('GET, HEAD')
    }
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await send(port, rawRequest('GET', '/assets/app-1.js'))
    const head = await send(port, rawRequest('HEAD', '/assets/app-1.js'), { head: true })
    expect(head.status).toBe(200)
    expect(head.headers['content-type']).toBe(get.headers['content-type'])
    expect(head.headers['content-length']).toBe(String(ASSET_TEXT.length))
    expect(head.body).toBe('')
  })
})
