/**
 * What every page of the console must be served with, wherever it is served from: the start
 * command (demo and proxy) and the nginx recipe. One check, shared by the demo and proxy suites.
 */
import { type APIRequestContext, expect } from '@playwright/test'

/** A Content-Security-Policy header as directive → sources. */
export function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** Script sources that would let injected or fetched code run. */
const UNSAFE_SCRIPT_SOURCE = /^('unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|\*|data:|blob:|https?:)$/i

export function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  const header = headers['content-security-policy']
  expect(header, `${where}: Content-Security-Policy`).toBeTruthy()
  const csp = parseCsp(header ?? '')
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src')
  expect(scriptSrc, `${where}: script-src (or default-src)`).toBeDefined()
  expect(
    scriptSrc?.filter((source) => UNSAFE_SCRIPT_SOURCE.test(source)),
    `${where}: unsafe script-src sources`,
  ).toEqual([])
  expect(csp.get('script-src-elem'), `${where}: no script-src-elem loosening script-src`).toBeUndefined()
  expect(csp.get('connect-src'), `${where}: connect-src`).toEqual(["'self'"])
  expect(csp.get('frame-ancestors'), `${where}: frame-ancestors`).toEqual(["'none'"])
  expect(csp.get('object-src'), `${where}: object-src`).toEqual(["'none'"])
  expect(csp.get('base-uri'), `${where}: base-uri`).toEqual(["'none'"])
  expect(headers['x-content-type-options'], `${where}: X-Content-Type-Options`).toBe('nosniff')
  expect(headers['referrer-policy'], `${where}: Referrer-Policy`).toBe('no-referrer')
}

/**
 * Checks the headers on the app's routes, a deep link, an unknown path and the hashed bundles
 * that index.html loads (nginx serves /assets/ from a location block of its own).
 */
export async function expectSecurityHeadersEverywhere(request: APIRequestContext, origin: string, extraPaths: string[] = []) {
  const index = await request.get(`${origin}/`)
  expect(index.ok()).toBe(true)
  const assets = [...(await index.text()).matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '')
  expect(assets.length, 'bundles linked from index.html').toBeGreaterThan(0)
  for (const path of ['/', '/tokens', '/databases?q=sensors', '/connection', '/no-such-page', ...assets, ...extraPaths]) {
    const response = await request.get(`${origin}${path}`)
    expectSecurityHeaders(response.headers(), `${origin}${path} (${response.status()})`)
  }
}
