// @vitest-environment node
// The start command and the nginx recipe must send the same headers, on pages and on proxied
// API answers; and the policy itself must stay strict where it matters.
import { describe, expect, it } from 'vitest'

import { fillRecipe, readRecipe } from '../scripts/nginx-recipe.mjs'
import { API_HEADERS, CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers.mjs'
import { PROXIED } from './serve.mjs'
import { addedHeaders, type Block, directiveValues, locations, parseNginx } from './testing/nginx-config'

// With the recovery location switched on, as an operator does while recovering.
const config = parseNginx(fillRecipe(readRecipe(), { recovery: '127.0.0.1:8182' }))
const server = config.blocks.find((block) => block.head[0] === 'server')!
const proxied = locations(server).filter((block) => directiveValues(block, 'proxy_pass').length > 0)

function where(block: Block): string {
  return block.head.join(' ')
}

describe('security headers', () => {
  it('are the same on pages in the nginx recipe as in the start command', () => {
    expect(addedHeaders(server)).toEqual(SECURITY_HEADERS)
  })

  it('allow scripts and connections only from the console itself, and no framing', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer')
  })

  it('on API answers forbid caching, rendering and framing, and keep nosniff and no-referrer', () => {
    expect(API_HEADERS).toEqual({
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    })
  })
})

describe('the nginx recipe’s proxied locations', () => {
  it('are the API paths the start command proxies, and the recovery endpoint', () => {
    expect(proxied.map(where)).toEqual([
      expect.stringMatching(/^location ~ /),
      'location = /recovery/api/v3/configure/token/admin/regenerate',
    ])
    expect(new RegExp(proxied[0]!.head[2]!).source).toBe(PROXIED.source)
  })

  it('each send the API headers in place of the upstream’s (an add_header there drops the page headers)', () => {
    for (const location of proxied) {
      expect(addedHeaders(location), where(location)).toEqual(API_HEADERS)
      expect(location.directives.filter(([name]) => name === 'add_header').every((words) => words[3] === 'always')).toBe(true)
      expect(new Set(directiveValues(location, 'proxy_hide_header')), where(location)).toEqual(new Set(Object.keys(API_HEADERS)))
    }
  })
})
