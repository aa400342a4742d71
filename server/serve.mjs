// The console's own HTTP server, used by `npm start`: serves a built console (dist/ or
// dist-demo/) with strict security headers and, when given an InfluxDB 3 URL, proxies the
// InfluxDB API paths to it on the same origin (InfluxDB 3's error responses carry no CORS
// header, so a browser could not read them cross-origin). No dependencies: node:http only.
import { closeSync, createReadStream, fstatSync, openSync, realpathSync, statSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { API_HEADERS, SECURITY_HEADERS } from './security-headers.mjs'

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

/**
 * Per product, the API paths the console calls and the proxy forwards; everything else is the
 * console. A product added to the console (src/backends/registry.ts) adds its row.
 */
export const PROXIED_BY_PRODUCT = {
  influxdb3: /^\/(?:api\/v3\/|api\/v1\/health$|ping$|health$|metrics$)/,
  // The v2 API (authorizations, orgs, buckets, setup, me, resources) and the server's identity.
  influxdb2: /^\/(?:api\/v2(?:\/|$)|ping$|health$)/,
  // The management API: Dedicated's /api/v0/accounts/…, Clustered's /api/v0/… (both layouts).
  'cloud-dedicated': /^\/api\/v0\//,
  clustered: /^\/api\/v0\//,
}
/** InfluxDB 3's paths: what deploy/nginx.conf proxies. */
export const PROXIED = PROXIED_BY_PRODUCT.influxdb3
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

/** The upstream's own values of these give way to API_HEADERS. */
const REPLACED = new Set(Object.keys(API_HEADERS).map((name) => name.toLowerCase()))

function forward(req, res, target, path, { insecure }) {
  const url = new URL(path, target)
  const headers = {}
  for (const [name, value] of Object.entries(req.headers)) {
    // Authorization passes through untouched; cookies never leave for the database server.
    if (!HOP_BY_HOP.has(name) && name !== 'cookie' && name !== 'origin' && name !== 'referer') headers[name] = value
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  const upstream = send(url, { method: req.method, headers, rejectUnauthorized: !insecure, timeout: 60_000 }, (answer) => {
    const out = {}
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!HOP_BY_HOP.has(name) && !REPLACED.has(name) && value !== undefined) out[name] = value
    }
    res.writeHead(answer.statusCode ?? 502, { ...out, ...API_HEADERS })
    // An answer cut short upstream is cut short here too (the browser sees an error, not a
    // wait without end); a browser that goes away takes the upstream answer with it.
    pipeline(answer, res, () => {})
  })
  // The browser went away (a closed tab, an aborted fetch) before its answer was complete:
  // abort the upstream request too instead of leaving it to run until the timeout.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy()
  })
  upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')))
  upstream.on('error', (error) => {
    if (res.headersSent || res.destroyed) return res.destroy()
    // 502 with a plain message the console shows; it names the proxy, not the database.
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', ...API_HEADERS })
    res.end(`the console's proxy could not reach the InfluxDB 3 server (${error.code ?? error.message})`)
  })
  req.pipe(upstream)
}

/**
 * The file under `root` that a request path names, or the status that refuses it. The decoded
 * path must stay inside the folder both as written and after symlinks are followed: a prefix
 * test would let `/..%2Fdist-demo/x` reach a sibling `dist-demo/` of `dist/`. Backslashes and
 * NUL bytes are refused outright: neither belongs in a URL of the console, and a backslash is a
 * separator on Windows.
 * @returns {{ file: string | null } | { status: number }} file null: no file there (a folder, or nothing)
 */
function lookUp(root, pathname) {
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { status: 400 }
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return { status: 400 }
  const file = join(root, decoded)
  if (!isInside(root, file)) return { status: 403 }
  let real
  try {
    real = realpathSync(file)
    if (!statSync(real).isFile()) return { file: null }
  } catch {
    return { file: null }
  }
  if (!isInside(realRoot(root), real)) return { status: 403 }
  return { file: real }
}

function isInside(root, file) {
  const path = relative(root, file)
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)
}

function realRoot(root) {
  try {
    return realpathSync(root)
  } catch {
    return root
  }
}

/**
 * Opens before answering, so a file that vanished or cannot be read is a 404, not a crash.
 * `immutable`: a hashed bundle under /assets/, cached for good.
 */
function serveFile(res, file, method, immutable) {
  let fd
  let size
  try {
    fd = openSync(file, 'r')
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new Error('not a file')
    size = stat.size
  } catch {
    if (fd !== undefined) closeSync(fd)
    return notFound(res)
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  })
  if (method === 'HEAD') {
    closeSync(fd)
    return res.end()
  }
  pipeline(createReadStream('', { fd }), res, () => {})
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
  res.end('Not found')
}

function refuse(res, status, headers = {}) {
  res.writeHead(status, { ...headers, ...SECURITY_HEADERS })
  res.end()
}

/**
 * @param {{ dir: string, target?: string | null, product?: keyof typeof PROXIED_BY_PRODUCT, recovery?: string | null, insecure?: boolean }} options
 */
export function createConsoleServer({ dir, target = null, product = 'influxdb3', recovery = null, insecure = false }) {
  const root = resolve(dir)
  const proxied = PROXIED_BY_PRODUCT[product]
  if (!proxied) throw new Error(`unknown product ${product}`)
  const config = JSON.stringify({
    mode: target ? 'proxy' : 'direct',
    product,
    server: target ? new URL(target).origin + new URL(target).pathname.replace(/\/$/, '') : null,
    recovery: Boolean(recovery),
  })

  const server = createServer((req, res) => {
    const requested = req.url ?? '/'
    // Origin-form only ("/path?query"): no absolute-form, no "*", no backslash for the URL
    // parser to turn into a slash.
    if (!requested.startsWith('/') || requested.includes('\\')) return refuse(res, 400)
    // TRACE would echo the request, Authorization included; nginx refuses it too.
    if (req.method === 'TRACE') return refuse(res, 405)
    const url = new URL(`http://console.local${requested}`)
    const path = url.pathname

    if (target && proxied.test(path)) return forward(req, res, target, path + url.search, { insecure })
    if (recovery && path === RECOVERY_PATH) {
      return forward(req, res, recovery, '/api/v3/configure/token/admin/regenerate', { insecure })
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { allow: 'GET, HEAD' })
    if (path === '/console-config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS })
      return res.end(config)
    }
    const found = lookUp(root, path)
    if ('status' in found) return refuse(res, found.status)
    if (found.file) return serveFile(res, found.file, req.method, path.startsWith('/assets/'))
    if (path.startsWith('/assets/') || extname(path)) return notFound(res)
    // Client-side routes (/tokens, /databases?…) and folders all get the app.
    const app = lookUp(root, '/index.html')
    return 'file' in app && app.file ? serveFile(res, app.file, req.method, false) : notFound(res)
  })
  // Node closes a CONNECT it has no listener for without a word; say no instead.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy())
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
  })
  return server
}
