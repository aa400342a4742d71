/** Small stand-ins for InfluxDB 3 behind the proxy, on loopback and a free port. */
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

export function close(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve()
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

/** Answers every request with `UPSTREAM <method> <target>`, after reading its body. */
export const echo: RequestListener = (req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(`UPSTREAM ${req.method} ${req.url}`)
  })
}

export async function startUpstream(listener: RequestListener = echo): Promise<{ server: Server; port: number }> {
  const server = createServer(listener)
  return { server, port: await listen(server) }
}

/** A port nothing listens on: taken from the system, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await close(server)
  return port
}
