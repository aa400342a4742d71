/**
 * Node's HTTP server in front of a fetch-native mock: each request becomes a Fetch `Request`,
 * the mock's `Response` is written back as is (no Content-Type added where the mock sent none).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export type Handler = (request: Request) => Promise<Response>

async function readBody(message: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = []
  for await (const chunk of message as AsyncIterable<Uint8Array>) chunks.push(chunk)
  const body = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.length
  }
  return body
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = message.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(message)
  return new Request(new URL(message.url ?? '/', origin), { method, headers, body })
}

async function writeResponse(response: Response, out: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  if (response.status !== 204) headers['content-length'] = String(body.length)
  out.writeHead(response.status, headers)
  out.end(body)
}

export async function serve(handle: Handler, message: IncomingMessage, out: ServerResponse, origin: string): Promise<void> {
  try {
    await writeResponse(await handle(await toRequest(message, origin)), out)
  } catch (error) {
    if (!out.headersSent) out.writeHead(500)
    out.end(error instanceof Error ? error.message : String(error))
  }
}

/** `http://host:port`, with brackets around an IPv6 address. */
export function originOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}
