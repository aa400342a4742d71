// @vitest-environment node
// Faults in the proxy's path, with small stand-ins for InfluxDB 3: an upstream that closes in
// the middle of a body, one that answers a byte at a time, one that refuses connections, one
// that sends no HTTP at all, and browsers that go away mid-request. The console server must
// end each answer cleanly, abort what it no longer needs upstream, and keep serving the others.
// Nothing here waits on a clock: every step waits for the event it is about.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { connect, createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { API_HEADERS } from './security-headers.mjs'
import { createConsoleServer } from './serve.mjs'
import { INDEX_MARKER, makeFixture } from './testing/fixture'
import { rawRequest, send } from './testing/raw-http'
import { close, closedPort, listen, startUpstream } from './testing/upstream'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** What the stand-in does for the next request to a fault path; /ping always answers at once. */
let fault: Handler = (_req, res) => res.end()
let upstream: Server
let consoleServer: Server
let port = 0
let root = ''

function deferred<T = void>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

/** The console server still answers the app and a proxied path. */
async function expectStillServing(at = port) {
  const app = await send(at, rawRequest('GET', '/tokens'))
  expect(app.status).toBe(200)
  expect(app.body).toContain(INDEX_MARKER)
  const ping = await send(port, rawRequest('GET', '/ping'))
  expect(ping.status).toBe(200)
  expect(ping.body).toBe('{"version":"3.10.1"}')
}

/** Opens a connection, sends `request`, and resolves with the socket once `until` is met. */
function openClient(request: string, until: 'sent' | 'first-byte') {
  return new Promise<Socket>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(request)
      if (until === 'sent') resolve(socket)
    })
    socket.once('data', () => resolve(socket))
    socket.on('error', () => {})
  })
}

beforeAll(async () => {
  root = makeFixture().root
  const started = await startUpstream((req, res) => {
    if (req.url === '/ping') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end('{"version":"3.10.1"}')
    }
    fault(req, res)
  })
  upstream = started.server
  consoleServer = createConsoleServer({ dir: root, target: `http://127.0.0.1:${started.port}` })
  port = await listen(consoleServer)
})

afterEach(() => expectStillServing())

afterAll(async () => {
  await close(consoleServer)
  await close(upstream)
})

describe('the console server’s proxy', () => {
  it('ends the answer when the upstream closes in the middle of a body, instead of leaving the browser waiting', async () => {
    fault = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
      res.write('[{"name":"_adm', () => res.socket?.destroy())
    }
    const answer = await send(port, rawRequest('GET', '/api/v3/configure/database?format=json'))
    expect(answer.status).toBe(200)
    expect(answer.body).toBe('[{"name":"_adm')
    expect(answer.complete).toBe(false)
  })

  it('ends a chunked answer cut short by the upstream too', async () => {
    fault = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[{"name":"_admin"},', () => res.socket?.destroy())
    }
    const answer = await send(port, rawRequest('POST', '/api/v3/query_sql', {}, '{}'))
    expect(answer.status).toBe(200)
    expect(answer.body).toBe('[{"name":"_admin"},')
    expect(answer.complete).toBe(false)
  })

  it('passes an answer sent a byte at a time through whole, and serves other clients meanwhile', async () => {
    const body = '[{"token_id":0,"name":"_admin","hash":"00ff"}]'
    const started = deferred()
    const othersServed = deferred()
    fault = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write(body[0])
      started.resolve()
      void othersServed.promise.then(async () => {
        for (const byte of body.slice(1)) {
          await new Promise<void>((done) => res.write(byte, () => done()))
        }
        res.end()
      })
    }
    const slow = send(port, rawRequest('POST', '/api/v3/query_sql', { Authorization: 'Bearer apiv3_x' }, '{}'))
    await started.promise
    await expectStillServing()
    othersServed.resolve()
    const answer = await slow
    expect(answer.status).toBe(200)
    expect(answer.body).toBe(body)
    expect(answer.complete).toBe(true)
  })

  it('answers 502 with the API headers when the server refuses connections, and keeps serving', async () => {
    const refused = createConsoleServer({ dir: root, target: `http://127.0.0.1:${await closedPort()}` })
    const refusedPort = await listen(refused)
    try {
      const answer = await send(refusedPort, rawRequest('GET', '/ping'))
      expect(answer.status).toBe(502)
      expect(answer.body).toContain('could not reach the InfluxDB 3 server (ECONNREFUSED)')
      expect(answer.headers['cache-control']).toBe(API_HEADERS['Cache-Control'])
      const app = await send(refusedPort, rawRequest('GET', '/tokens'))
      expect(app.body).toContain(INDEX_MARKER)
    } finally {
      await close(refused)
    }
  })

  it('answers 502 when the upstream speaks no HTTP', async () => {
    const sockets = new Set<Socket>()
    const garbage: TcpServer = createTcpServer((socket) => {
      sockets.add(socket)
      socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n')
    })
    await new Promise<void>((done) => garbage.listen(0, '127.0.0.1', done))
    const { port: garbagePort } = garbage.address() as { port: number }
    const confused = createConsoleServer({ dir: root, target: `http://127.0.0.1:${garbagePort}` })
    const confusedPort = await listen(confused)
    try {
      expect((await send(confusedPort, rawRequest('GET', '/health'))).status).toBe(502)
    } finally {
      await close(confused)
      for (const socket of sockets) socket.destroy()
      await new Promise((done) => garbage.close(done))
    }
  })

  it('aborts the upstream request when the browser goes away before the answer starts', async () => {
    const arrived = deferred()
    const upstreamClosed = deferred()
    fault = (req, res) => {
      res.on('close', () => upstreamClosed.resolve())
      arrived.resolve()
      req.resume()
    }
    const client = await openClient(rawRequest('GET', '/api/v3/configure/database?format=json'), 'sent')
    await arrived.promise
    client.destroy()
    await upstreamClosed.promise
  })

  it('aborts the upstream request when the browser goes away in the middle of the answer', async () => {
    const upstreamClosed = deferred()
    fault = (_req, res) => {
      res.on('close', () => upstreamClosed.resolve())
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[')
    }
    const client = await openClient(rawRequest('POST', '/api/v3/query_sql', {}, '{}'), 'first-byte')
    client.destroy()
    await upstreamClosed.promise
  })

  it('aborts the upstream request when the browser goes away in the middle of sending its body', async () => {
    const arrived = deferred()
    const upstreamClosed = deferred()
    fault = (req, res) => {
      res.on('close', () => upstreamClosed.resolve())
      req.once('data', () => arrived.resolve())
    }
    const partial = rawRequest('POST', '/api/v3/configure/database', { 'Content-Length': '1000' }, '{"db":"half')
    const client = await openClient(partial, 'sent')
    await arrived.promise
    client.destroy()
    await upstreamClosed.promise
  })
})
