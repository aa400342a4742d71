// @vitest-environment node
// The console server over real HTTP: static files with security headers, the SPA fallback,
// the config endpoint, and the proxy passing Authorization and error bodies through untouched.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { http, passthrough } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { server as mswServer } from '../src/mocks/node'
import { createConsoleServer } from './serve.mjs'
import { rawRequest, send } from './testing/raw-http'
import { close, listen } from './testing/upstream'

let upstream: Server
let console_: Server
let base = ''
const seen: { url: string; auth: string | undefined; cookie: string | undefined }[] = []

function listenAt(server: Server): Promise<string> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  )
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-dist-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>')
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)')
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization, cookie: req.headers.cookie })
    if (req.url === '/ping') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"version":"3.10.1"}')
    } else {
      res.writeHead(405)
      res.end('cannot delete operator token')
    }
  })
  const target = await listenAt(upstream)
  console_ = createConsoleServer({ dir, target })
  base = await listenAt(console_)
})

afterAll(() => {
  upstream.close()
  console_.close()
})

// The global MSW server would answer these requests itself; let them reach the real sockets.
const realNetwork = () => mswServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\/.*/, () => passthrough()))

describe('the console server', () => {
  it('serves the app with the security headers, for deep links too', async () => {
    realNetwork()
    const response = await fetch(`${base}/tokens?kind=admin`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>console</title>')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('serves hashed assets as immutable, and a missing asset as 404 rather than the app', async () => {
    realNetwork()
    const asset = await fetch(`${base}/assets/app-1.js`)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect(asset.headers.get('content-type')).toContain('text/javascript')
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404)
  })

  it('refuses paths that climb out of the build folder', async () => {
    realNetwork()
    const response = await fetch(`${base}/..%2f..%2fetc%2fpasswd`)
    expect([403, 404]).toContain(response.status)
    expect(await response.text()).not.toContain('root:')
  })

  it('tells the app it runs behind a proxy', async () => {
    realNetwork()
    const config = (await (await fetch(`${base}/console-config.json`)).json()) as Record<string, unknown>
    expect(config).toMatchObject({ mode: 'proxy', product: 'influxdb3', recovery: false })
  })

  it('proxies API calls with the Authorization header untouched and without cookies', async () => {
    realNetwork()
    const response = await fetch(`${base}/ping`, { headers: { Authorization: 'Bearer apiv3_abc', Cookie: 'a=b' } })
    expect(await response.json()).toEqual({ version: '3.10.1' })
    expect(seen.at(-1)).toEqual({ url: '/ping', auth: 'Bearer apiv3_abc', cookie: undefined })
  })

  it('passes error statuses and bodies through as the server sent them', async () => {
    realNetwork()
    const response = await fetch(`${base}/api/v3/configure/token?token_name=_admin`, { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(await response.text()).toBe('cannot delete operator token')
  })
})

describe('the console server in a folder whose path holds an assets folder', () => {
  it('caches only the bundles under /assets/ for good, not the app', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'console-')), 'assets', 'dist')
    mkdirSync(join(dir, 'assets'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>')
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)')
    const server = createConsoleServer({ dir })
    const port = await listen(server)
    try {
      expect((await send(port, rawRequest('GET', '/tokens'))).headers['cache-control']).toBe('no-cache')
      expect((await send(port, rawRequest('GET', '/index.html'))).headers['cache-control']).toBe('no-cache')
      expect((await send(port, rawRequest('GET', '/assets/app-1.js'))).headers['cache-control']).toContain('immutable')
    } finally {
      await close(server)
    }
  })
})
