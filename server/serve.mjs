// The console's own HTTP server, used by `npm start`: serves a built console (dist/ or
// dist-demo/) with strict security headers and, when given an InfluxDB 3 URL, proxies the
// InfluxDB API paths to it on the same origin (InfluxDB 3's error responses carry no CORS
// header, so a browser could not read them cross-origin). No dependencies: node:http only.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { SECURITY_HEADERS } from './security-headers.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Paths of the InfluxDB 3 API that the console calls; everything else is the console. */
export const PROXIED = /^\/(?:api\/v3\/|api\/v1\/health$|ping$|health$|metrics$)/
const RECOVERY_PATH = '/recovery/api/v3/configure/token/admin/regenerate'
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
])

function forward(req, res, target, path, { insecure }) {
  const url = new URL(path, target)
  const headers = {}
  for (const [name, value] of Object.entries(req.headers)) {
    // Authorization passes through untouched; cookies never leave for the database server.
    if (!HOP_BY_HOP.has(name) && name !== 'cookie' && name !== 'origin' && name !== 'referer') headers[name] = value
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  const upstream = send(
    url,
    { method: req.method, headers, rejectUnauthorized: !insecure, timeout: 60_000 },
    (answer) => {
      const out = {}
      for (const [name, value] of Object.entries(answer.headers)) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value
      }
      out['x-content-type-options'] = 'nosniff'
      res.writeHead(answer.statusCode ?? 502, out)
      answer.pipe(res)
    },
  )
  upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')))
  upstream.on('error', (error) => {
    if (res.headersSent) return res.destroy()
    // 502 with a plain message the console shows; it names the proxy, not the database.
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
    res.end(`the console's proxy could not reach the InfluxDB 3 server (${error.code ?? error.message})`)
  })
  req.pipe(upstream)
}

function serveFile(res, file, method) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  const immutable = file.includes(`${sep}assets${sep}`)
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  })
  if (method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}

/**
 * @param {{ dir: string, target?: string | null, recovery?: string | null, insecure?: boolean }} options
 */
export function createConsoleServer({ dir, target = null, recovery = null, insecure = false }) {
  const root = resolve(dir)
  const index = join(root, 'index.html')
  const config = JSON.stringify({
    mode: target ? 'proxy' : 'direct',
    server: target ? new URL(target).origin + new URL(target).pathname.replace(/\/$/, '') : null,
    recovery: Boolean(recovery),
  })

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://console.local')
    const path = url.pathname

    if (target && PROXIED.test(path)) return forward(req, res, target, path + url.search, { insecure })
    if (recovery && path === RECOVERY_PATH) {
      return forward(req, res, recovery, '/api/v3/configure/token/admin/regenerate', { insecure })
    }
    if (path === '/console-config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS })
      return res.end(config)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', ...SECURITY_HEADERS })
      return res.end()
    }
    let file
    try {
      file = normalize(join(root, decodeURIComponent(path)))
    } catch {
      res.writeHead(400, SECURITY_HEADERS)
      return res.end()
    }
    if (!file.startsWith(root)) {
      res.writeHead(403, SECURITY_HEADERS)
      return res.end()
    }
    if (existsSync(file) && statSync(file).isFile()) return serveFile(res, file, req.method)
    if (path.startsWith('/assets/') || extname(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
      return res.end('Not found')
    }
    // Client-side routes (/tokens, /databases?…) all get the app.
    return serveFile(res, index, req.method)
  })
}
