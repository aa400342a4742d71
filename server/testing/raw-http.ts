/**
 * A bare HTTP/1.1 client over node:net for the server tests: it sends the bytes it is given as
 * they are (fetch would normalise `..`, refuse NUL bytes, unknown methods and oversized
 * headers), and reads one answer. MSW does not intercept raw sockets, so no passthrough is needed.
 */
import { connect } from 'node:net'

export interface RawAnswer {
  /** null when the server closed the connection without answering. */
  status: number | null
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>
  /** The body as latin1 text, de-chunked, as far as it arrived. */
  body: string
  /** Whether the body arrived whole by its own framing (false: the connection closed first). */
  complete: boolean
}

/** One request line and headers, with `Host` and `Connection: close` unless given. */
export function rawRequest(method: string, target: string, headers: Record<string, string> = {}, body = ''): string {
  const all: Record<string, string> = { Host: 'console.test', Connection: 'close', ...headers }
  if (body || !['GET', 'HEAD'].includes(method)) all['Content-Length'] ??= String(Buffer.byteLength(body, 'latin1'))
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}\r\n`)
  return `${method} ${target} HTTP/1.1\r\n${lines.join('')}\r\n${body}`
}

function parseHead(head: string): Pick<RawAnswer, 'status' | 'headers'> {
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value
  }
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]
  return { status: status ? Number(status) : null, headers }
}

/** A chunked body decoded as far as it has arrived, and whether its last chunk has. */
function dechunk(rest: string): { body: string; complete: boolean } {
  let body = ''
  let at = 0
  for (;;) {
    const lineEnd = rest.indexOf('\r\n', at)
    if (lineEnd < 0) return { body, complete: false }
    const size = parseInt(rest.slice(at, lineEnd), 16)
    if (Number.isNaN(size)) return { body, complete: false }
    if (size === 0) return { body, complete: rest.indexOf('\r\n\r\n', lineEnd) >= 0 }
    body += rest.slice(lineEnd + 2, Math.min(rest.length, lineEnd + 2 + size))
    if (rest.length < lineEnd + 2 + size + 2) return { body, complete: false }
    at = lineEnd + 2 + size + 2
  }
}

/** The body as far as it has arrived, and whether it is complete by its own framing. */
function readBody(rest: string, headers: Record<string, string>, noBody: boolean): { body: string; complete: boolean } {
  if (noBody) return { body: '', complete: true }
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) return dechunk(rest)
  const length = headers['content-length']
  if (length === undefined) return { body: rest, complete: false }
  return { body: rest.slice(0, Number(length)), complete: rest.length >= Number(length) }
}

/**
 * Sends `request` (a string is sent as latin1, byte for byte) and resolves with the first
 * answer: when its body is complete, or when the server closes the connection. Never rejects:
 * a reset connection is an answer with what arrived before it.
 */
export function send(port: number, request: string | Buffer, { head = false } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let received = ''
    let settled = false
    const finish = () => {
      if (settled) return
      settled = true
      socket.destroy()
      const end = received.indexOf('\r\n\r\n')
      const parsed = parseHead(end < 0 ? received : received.slice(0, end))
      const rest = end < 0 ? '' : received.slice(end + 4)
      const noBody = head || parsed.status === 204 || parsed.status === 304
      resolve({ ...parsed, ...readBody(rest, parsed.headers, noBody) })
    }
    socket.setEncoding('latin1')
    socket.on('connect', () => socket.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request))
    socket.on('data', (chunk: string) => {
      received += chunk
      const end = received.indexOf('\r\n\r\n')
      if (end < 0) return
      const { status, headers } = parseHead(received.slice(0, end))
      // An interim answer (100 Continue) is not the answer.
      if (status !== null && status < 200) {
        received = received.slice(end + 4)
        return
      }
      if (readBody(received.slice(end + 4), headers, head || status === 204 || status === 304).complete) finish()
    })
    socket.on('error', finish)
    socket.on('close', finish)
  })
}
