/**
 * Requests a console server must answer without a file from outside its folder and without
 * falling over: climbing out (plain, encoded, double-encoded, with backslashes or NUL bytes, or
 * through symlinks), overlong paths and headers, every method on every kind of route, folders,
 * and malformed requests. server/hostile.test.ts sends them to `npm start`'s server, serving
 * the folders of ./fixture.ts.
 */
import { rawRequest } from './raw-http'

export interface Hostile {
  name: string
  request: string
  /** Sent with HEAD: the answer has no body. */
  head?: boolean
}

export const RECOVERY_PATH = '/recovery/api/v3/configure/token/admin/regenerate'

/** Ways to climb from the served folder into the sibling `dist-demo/`, the parent and /etc. */
const CLIMBS = [
  '/..%2Fdist-demo/index.html',
  '/..%2fdist-demo%2findex.html',
  '/%2e%2e/dist-demo/index.html',
  '/%2e%2e%2fdist-demo%2findex.html',
  '/.%2e/dist-demo/index.html',
  '/assets/..%2f..%2fdist-demo/index.html',
  '/../dist-demo/index.html',
  '/assets/../../secret.txt',
  '/..%2fsecret.txt',
  '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  '/../../../../../../etc/passwd',
  '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '//..%2f..%2fsecret.txt',
  '/assets//..%2f..%2fsecret.txt',
  // Double-encoded: one decoding too many would make these climb.
  '/%252e%252e%252fsecret.txt',
  '/..%252fsecret.txt',
  '/%252e%252e/%252e%252e/etc/passwd',
  // Backslashes, raw and encoded (a separator on Windows).
  '/..\\secret.txt',
  '/..\\dist-demo\\index.html',
  '/..%5csecret.txt',
  '/%5c..%5c..%5csecret.txt',
  '/assets%5c..%5c..%5cdist-demo%5cindex.html',
  // NUL bytes: C-string truncation would serve the part before them.
  '/index.html%00.js',
  '/..%2fsecret.txt%00.js',
  '/%00',
  '/assets/app-1.js%00',
  // Overlong UTF-8 for '.' and '/': invalid, never decoded into a climb.
  '/%c0%ae%c0%ae/secret.txt',
  '/%c0%ae%c0%ae%c0%afsecret.txt',
  '/%e0%80%ae%e0%80%ae/secret.txt',
  // Symlinks inside the folder that lead out of it.
  '/leak.txt',
  '/passwd.txt',
  '/escape/index.html',
  '/escape/',
  // Absolute-form and asterisk targets.
  'http://console.test/../secret.txt',
  'http://console.test/..%2fsecret.txt',
  '*',
]

/** Every kind of route: the app, a deep link, a bundle, the config, each proxied path, recovery. */
const ROUTES = [
  '/',
  '/index.html',
  '/tokens?kind=admin',
  '/assets/app-1.js',
  '/console-config.json',
  '/ping',
  '/health',
  '/metrics',
  '/api/v1/health',
  '/api/v3/query_sql',
  '/api/v3/configure/token?token_name=x',
  RECOVERY_PATH,
]
const METHODS = ['HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'CONNECT', 'BREW']

const FOLDERS = ['/assets', '/assets/', '/folder.d', '/folder.d/', '/escape', '/.', '/assets/.', '/assets/..']

const LONG = 'a'.repeat(250)

export function hostileRequests(): Hostile[] {
  const list: Hostile[] = []
  for (const target of CLIMBS) {
    list.push({ name: `GET ${target}`, request: rawRequest('GET', target) })
  }
  for (const target of FOLDERS) list.push({ name: `a folder: GET ${target}`, request: rawRequest('GET', target) })
  for (const route of ROUTES) {
    for (const method of METHODS) {
      list.push({ name: `${method} ${route}`, request: rawRequest(method, route), head: method === 'HEAD' })
    }
  }
  list.push(
    { name: 'a path of 8 000 characters', request: rawRequest('GET', `/${'a/'.repeat(4000)}`) },
    { name: 'a file name of 4 000 characters', request: rawRequest('GET', `/assets/${'x'.repeat(4000)}.js`) },
    { name: 'a proxied path of 6 000 characters', request: rawRequest('GET', `/api/v3/${LONG.repeat(24)}`) },
    { name: 'a path of 100 000 characters', request: rawRequest('GET', `/${'a'.repeat(100_000)}`) },
    { name: 'a header of 64 KiB', request: rawRequest('GET', '/', { 'X-Big': 'b'.repeat(65_536) }) },
    {
      name: '300 headers',
      request: rawRequest('GET', '/', Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`X-H${i}`, LONG]))),
    },
    {
      name: 'an Authorization header of 64 KiB on a proxied path',
      request: rawRequest('GET', '/ping', { Authorization: `Bearer ${'t'.repeat(65_536)}` }),
    },
    { name: 'a lower-case method', request: rawRequest('get', '/index.html') },
    { name: 'HTTP/1.0 without Host', request: 'GET /../secret.txt HTTP/1.0\r\n\r\n' },
    { name: 'an unknown HTTP version', request: 'GET /index.html HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n' },
    {
      name: 'a raw NUL byte in the path',
      request: 'GET /index.html\0/../../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    },
    { name: 'a NUL byte in a header', request: rawRequest('GET', '/ping', { 'X-Nul': 'a\0b' }) },
    { name: 'binary garbage', request: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n' },
    {
      name: 'Content-Length and Transfer-Encoding together (smuggling)',
      request: rawRequest(
        'POST',
        '/api/v3/query_sql',
        { 'Transfer-Encoding': 'chunked', 'Content-Length': '4' },
        '0\r\n\r\nGET /..%2fsecret.txt HTTP/1.1\r\nHost: x\r\n\r\n',
      ),
    },
    {
      name: 'two Content-Length headers',
      request: 'POST /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\nhello',
    },
    {
      name: 'a WebSocket upgrade on a proxied path',
      request: rawRequest('GET', '/ping', { Connection: 'Upgrade', Upgrade: 'websocket' }),
    },
    { name: 'a WebSocket upgrade on the app', request: rawRequest('GET', '/', { Connection: 'Upgrade', Upgrade: 'websocket' }) },
    { name: 'a Range past the end of a file', request: rawRequest('GET', '/assets/app-1.js', { Range: 'bytes=999999-' }) },
    { name: 'a hostile Host header', request: rawRequest('GET', '/', { Host: '../../secret.txt' }) },
  )
  return list
}
