// @vitest-environment node
// The start command and the nginx recipe must send the same headers; and the policy itself
// must stay strict where it matters.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers.mjs'

const recipe = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8')

function nginxHeaders(): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const match of recipe.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) {
    headers[match[1]!] = match[2]!
  }
  return headers
}

describe('security headers', () => {
  it('are the same in the nginx recipe as in the start command', () => {
    expect(nginxHeaders()).toEqual(SECURITY_HEADERS)
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
})
