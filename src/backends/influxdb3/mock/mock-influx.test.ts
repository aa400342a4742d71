// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import { MockInflux } from './mock-influx'
import { createMock } from './seed'
import { call } from './test-support'

const MALFORMED =
  '{"error": "Authorization header was malformed, the request was not in the form of \'Authorization: <auth-scheme> <token>\', supported auth-schemes are Bearer, Token and Basic"}'
const UNAUTHENTICATED = '{"error": "the request was not authenticated"}'

let mock: MockInflux
let token: string

beforeEach(async () => {
  const seeded = await createMock('core')
  mock = seeded.mock
  token = seeded.operatorToken ?? ''
})

describe('CORS preflight', () => {
  it('answers OPTIONS on any path with 204 and the CORS headers, without a token', async () => {
    const result = await call(mock, 'OPTIONS', '/anything/at/all')
    expect(result.status).toBe(204)
    expect(Object.fromEntries(result.headers)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': '*',
      'access-control-allow-headers': '*',
      'access-control-max-age': '86400',
    })
    expect(result.text).toBe('')
  })
})

describe('authentication', () => {
  it('rejects a request without a token with 401, the hand-formatted JSON body and no Content-Type', async () => {
    const result = await call(mock, 'GET', '/health')
    expect(result.status).toBe(401)
    expect(result.text).toBe(UNAUTHENTICATED)
    expect(result.headers.get('content-type')).toBeNull()
  })

  it('rejects an unknown token with the same 401', async () => {
    const result = await call(mock, 'GET', '/health', { token: 'apiv3_unknown' })
    expect(result.status).toBe(401)
    expect(result.text).toBe(UNAUTHENTICATED)
  })

  it('accepts the Bearer scheme', async () => {
    expect((await call(mock, 'GET', '/health', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
  })

  it('accepts the Token scheme', async () => {
    expect((await call(mock, 'GET', '/health', { headers: { authorization: `Token ${token}` } })).status).toBe(200)
  })

  it('accepts Basic auth with the token as the password', async () => {
    const basic = btoa(`anyone:${token}`)
    expect((await call(mock, 'GET', '/health', { headers: { authorization: `Basic ${basic}` } })).status).toBe(200)
  })

  it.each([['Bearer'], ['Bearer a b'], ['Digest abc'], ['Basic !!!not-base64'], [`Basic ${btoa('no-colon')}`]])(
    'answers a malformed Authorization header (%s) with 400 and the exact message',
    async (header) => {
      const result = await call(mock, 'GET', '/health', { headers: { authorization: header } })
      expect(result.status).toBe(400)
      expect(result.text).toBe(MALFORMED)
      expect(result.headers.get('content-type')).toBeNull()
    },
  )

  it('keeps a token valid until the instant of its expiry, and rejects it from then on', async () => {
    let clock = Date.UTC(2026, 0, 1)
    const timed = new MockInflux({ flavor: 'core', now: () => clock })
    const { token: expiring } = await timed.createTokenDirect({ name: 'short', expiry: clock + 1000 })
    clock += 999
    expect((await call(timed, 'GET', '/health', { token: expiring })).status).toBe(200)
    clock += 1
    const result = await call(timed, 'GET', '/health', { token: expiring })
    expect(result.status).toBe(401)
    expect(result.text).toBe(UNAUTHENTICATED)
  })

  it('does not authenticate the operator-token bootstrap path, even with a malformed header', async () => {
    const result = await call(mock, 'POST', '/api/v3/configure/token/admin', { headers: { authorization: 'nonsense' } })
    expect(result.status).toBe(409)
  })
})

describe('routing', () => {
  it('answers an unknown path with 401 before knowing it is unknown', async () => {
    expect((await call(mock, 'GET', '/api/v3/nowhere')).status).toBe(401)
  })

  it('answers an unknown path with a valid token with 404 text "Not found"', async () => {
    const result = await call(mock, 'GET', '/api/v3/nowhere', { token })
    expect(result.status).toBe(404)
    expect(result.text).toBe('Not found')
    expect(result.headers.get('content-type')).toBeNull()
  })

  it('answers a known path with the wrong method with 404', async () => {
    expect((await call(mock, 'POST', '/api/v3/configure/token', { token, body: {} })).status).toBe(404)
  })
})

describe('headers on every response', () => {
  it('sends the same cluster-uuid on successes and errors', async () => {
    const ok = await call(mock, 'GET', '/health', { token })
    const error = await call(mock, 'GET', '/health')
    expect(ok.headers.get('cluster-uuid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(error.headers.get('cluster-uuid')).toBe(ok.headers.get('cluster-uuid'))
  })

  it('adds Access-Control-Allow-Origin to successful responses', async () => {
    expect((await call(mock, 'GET', '/health', { token })).headers.get('access-control-allow-origin')).toBe('*')
  })

  it.each([
    ['401', 'GET', '/health', false],
    ['404', 'GET', '/api/v3/nowhere', true],
    ['405', 'DELETE', '/api/v3/configure/token?token_name=_admin', true],
  ] as const)('never adds Access-Control-Allow-Origin to a %s error', async (_status, method, path, withToken) => {
    const result = await call(mock, method, path, { token: withToken ? token : null })
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('a server started without auth', () => {
  let open: MockInflux

  beforeEach(async () => {
    open = (await createMock('core', { withoutAuth: true })).mock
  })

  it.each(['/api/v3/configure/token/admin', '/api/v3/configure/token/named_admin', '/api/v3/configure/token/admin/regenerate'])(
    'disables %s with 405 "endpoint disabled, started without auth"',
    async (path) => {
      const result = await call(open, 'POST', path)
      expect(result.status).toBe(405)
      expect(result.text).toBe('endpoint disabled, started without auth')
    },
  )

  it('serves every other endpoint without a token', async () => {
    expect((await call(open, 'GET', '/api/v3/configure/database?format=json')).status).toBe(200)
  })

  it('leaves the hash column out of system.tokens', async () => {
    const result = await call(open, 'GET', '/api/v3/query_sql?db=_internal&q=SELECT%20*%20FROM%20system.tokens')
    const rows = result.json() as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => !('hash' in row))).toBe(true)
  })
})
