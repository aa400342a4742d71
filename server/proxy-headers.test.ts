// @vitest-environment node
// The same requests through the start command's proxy and through the nginx recipe, to one
// upstream that answers with loose caching and policy headers of its own: on every proxied path
// (and the 502 each writes itself) both send the API headers in their place, the same values,
// and leave the upstream's status, body and content type as they were.
import type { Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { API_HEADERS, SECURITY_HEADERS } from './security-headers.mjs'
import { createConsoleServer } from './serve.mjs'
import { makeFixture } from './testing/fixture'
import { RECOVERY_PATH } from './testing/hostile-requests'
import { startNginx, stopAllNginx } from './testing/nginx'
import { type RawAnswer, rawRequest, send } from './testing/raw-http'
import { close, listen, startUpstream } from './testing/upstream'

const LOOSE = {
  'Cache-Control': 'public, max-age=86400',
  'Content-Security-Policy': 'default-src *',
  'Referrer-Policy': 'unsafe-url',
  'X-Content-Type-Options': 'sniff-away',
}

/** What the stand-in answers, by path: status, content type, body. */
const ANSWERS: Record<string, [number, string | null, string]> = {
  '/ping': [200, 'application/json', '{"version":"3.10.1","revision":"r"}'],
  '/health': [200, 'text/plain; charset=utf-8', 'OK'],
  '/api/v1/health': [200, 'text/plain', 'OK'],
  '/metrics': [200, 'text/plain; version=0.0.4', 'http_requests_total 3\n'],
  '/api/v3/query_sql': [200, 'application/json', '[{"name":"_admin","hash":"abc"}]'],
  '/api/v3/configure/token?token_name=x': [401, null, 'the request was not authenticated'],
  '/api/v3/configure/token/admin': [201, 'json', '{"token":"apiv3_secret-string"}'],
  '/api/v3/configure/token/admin/regenerate': [201, 'application/json', '{"token":"apiv3_regenerated"}'],
}

const REQUESTS: [method: string, path: string][] = [
  ['GET', '/ping'],
  ['GET', '/health'],
  ['GET', '/api/v1/health'],
  ['GET', '/metrics'],
  ['POST', '/api/v3/query_sql'],
  ['DELETE', '/api/v3/configure/token?token_name=x'],
  ['POST', '/api/v3/configure/token/admin'],
  ['POST', RECOVERY_PATH],
  ['HEAD', '/ping'],
]

/** Every header either server sets for security, in lower case. */
const COMPARED = [...new Set([...Object.keys(SECURITY_HEADERS), ...Object.keys(API_HEADERS)].map((name) => name.toLowerCase()))]

function securityHeaders(answer: RawAnswer): Record<string, string | undefined> {
  return Object.fromEntries(COMPARED.map((name) => [name, answer.headers[name]]))
}

const EXPECTED = Object.fromEntries(COMPARED.map((name) => [name, undefined as string | undefined]))
for (const [name, value] of Object.entries(API_HEADERS)) EXPECTED[name.toLowerCase()] = value

describe('proxied answers from the start command and from nginx', () => {
  let upstream: Server
  let consoleServer: Server
  let consolePort = 0
  let nginxPort = 0

  beforeAll(async () => {
    const started = await startUpstream((req, res) => {
      req.resume()
      req.on('end', () => {
        // A path the stand-in drops without answering: each proxy writes its own 502.
        if (req.url === '/api/v3/dropped') return req.socket.destroy()
        const [status, type, body] = ANSWERS[req.url ?? ''] ?? [404, 'text/plain', 'no such path']
        res.writeHead(status, { ...LOOSE, ...(type ? { 'Content-Type': type } : {}) })
        res.end(body)
      })
    })
    upstream = started.server
    const target = `127.0.0.1:${started.port}`
    const root = makeFixture().root
    consoleServer = createConsoleServer({ dir: root, target: `http://${target}`, recovery: `http://${target}` })
    consolePort = await listen(consoleServer)
    nginxPort = (await startNginx({ root, upstream: target, recovery: target })).port
  })

  afterAll(async () => {
    await stopAllNginx()
    await close(consoleServer)
    await close(upstream)
  })

  it.each(REQUESTS)('%s %s: the same status, body, content type and API headers', async (method, path) => {
    const request = rawRequest(method, path, { Authorization: 'Bearer apiv3_x' }, method === 'POST' ? '{}' : '')
    const head = method === 'HEAD'
    const [fromConsole, fromNginx] = [await send(consolePort, request, { head }), await send(nginxPort, request, { head })]
    const [status, type, body] = ANSWERS[path === RECOVERY_PATH ? '/api/v3/configure/token/admin/regenerate' : path]!
    for (const answer of [fromConsole, fromNginx]) {
      expect(answer.status).toBe(status)
      expect(answer.body).toBe(head ? '' : body)
      expect(answer.headers['content-type']).toBe(type ?? undefined)
    }
    expect(securityHeaders(fromConsole)).toEqual(EXPECTED)
    expect(securityHeaders(fromNginx)).toEqual(EXPECTED)
  })

  it('the 502 each writes when the upstream drops the request carries the API headers too', async () => {
    const request = rawRequest('GET', '/api/v3/dropped')
    const [fromConsole, fromNginx] = [await send(consolePort, request), await send(nginxPort, request)]
    expect([fromConsole.status, fromNginx.status]).toEqual([502, 502])
    expect(securityHeaders(fromConsole)).toEqual(EXPECTED)
    expect(securityHeaders(fromNginx)).toEqual(EXPECTED)
  })
})
