// @vitest-environment jsdom
// Contract tests: the typed client against the mock InfluxDB 3, for every endpoint's success
// and each documented error. The mock answers as the server does; so must the client.
import { delay, http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { currentMock, resetMock, server } from '../../mocks/node'
import { failure } from '../../test/failure'
import { operatorToken } from '../../test/seeded-mock'
import { createInfluxClient, type InfluxClient } from './client'

const SECRET = /^apiv3_[A-Za-z0-9_-]{86}$/

let client: InfluxClient

/** Replaces the setup's demo mock with another scenario and connects as its operator. */
async function seed(scenario: 'core' | 'empty') {
  client = createInfluxClient({ token: (await resetMock(scenario)).operatorToken ?? '' })
}

beforeEach(() => {
  client = createInfluxClient({ token: operatorToken() })
})

describe('server identity', () => {
  it('reads product and version from /ping on Enterprise', async () => {
    const info = await client.ping()
    expect(info).toMatchObject({ product: 'enterprise', productName: 'InfluxDB 3 Enterprise', version: '3.10.1' })
  })

  it('reads Core from /ping on a Core server', async () => {
    await seed('core')
    expect((await client.ping()).product).toBe('core')
  })

  it('reads OK from /health', async () => {
    expect(await client.health()).toBe('OK')
  })
})

describe('listing tokens', () => {
  it('lists the operator token with full access, a 9-character fingerprint and no expiry', async () => {
    const tokens = await client.listTokens()
    const admin = tokens.find((t) => t.name === '_admin')
    expect(admin).toMatchObject({ id: '0', expiresAt: undefined, permissionsText: '*:*:*' })
    expect(admin?.permissions).toEqual([{ resourceType: '*', resourceNames: ['*'], actions: ['*'] }])
    expect(admin?.fingerprint).toMatch(/^[0-9a-f]{9}$/)
    expect(admin?.createdAt).toBeGreaterThan(Date.parse('2020-01-01T00:00:00Z'))
  })

  it('gives tokens with the same permission text one shared, parsed list', async () => {
    await client.createAdminToken({ name: 'twin-a' })
    await client.createAdminToken({ name: 'twin-b' })
    const tokens = await client.listTokens()
    const [a, b] = ['twin-a', 'twin-b'].map((name) => tokens.find((t) => t.name === name))
    expect(a?.permissions).toEqual([{ resourceType: '*', resourceNames: ['*'], actions: ['*'] }])
    expect(b?.permissions).toBe(a?.permissions)
    // A new list parses afresh: nothing is kept between calls.
    const again = (await client.listTokens()).find((t) => t.name === 'twin-a')
    expect(again?.permissions).not.toBe(a?.permissions)
  })

  it('parses resource permissions whichever form the server wrote them in', async () => {
    const tokens = await client.listTokens()
    const resource = tokens.filter((t) => t.permissionsText !== '*:*:*')
    expect(resource.length).toBeGreaterThan(3)
    for (const token of resource) {
      expect(token.permissions?.length).toBeGreaterThan(0)
      expect(token.permissions?.every((p) => p.resourceType !== '*')).toBe(true)
    }
  })

  it('lists a token whose permissions it cannot read, with the text as is, and the others as usual', async () => {
    server.use(
      http.post('*/api/v3/query_sql', () =>
        HttpResponse.json([
          { token_id: 0, name: '_admin', hash: 'abcdef012', created_at: '2026-01-01T00:00:00', permissions: '*:*:*' },
          { token_id: 1, name: 'odd', hash: '123456789', created_at: '2026-01-02T00:00:00', permissions: 'table:db1/cpu:query' },
          { token_id: 2, name: 'reader', hash: 'fedcba987', created_at: '2026-01-03T00:00:00', permissions: 'db:sensors:read' },
        ]),
      ),
    )
    const tokens = await client.listTokens()
    expect(tokens.map((t) => [t.name, t.permissions === null])).toEqual([
      ['_admin', false],
      ['odd', true],
      ['reader', false],
    ])
    expect(tokens[1]?.permissionsText).toBe('table:db1/cpu:query')
    expect(tokens[2]?.permissions).toEqual([{ resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] }])
  })

  it('reads naive system.tokens timestamps as UTC', async () => {
    const created = await client.createAdminToken({ name: 'utc-check', expirySecs: 3600 })
    const listed = (await client.listTokens()).find((t) => t.name === 'utc-check')
    // The list's naive timestamps and the create response's `Z` timestamps describe one instant.
    expect(listed?.createdAt).toBe(created.createdAt.getTime())
    expect(listed?.expiresAt).toBe(created.expiresAt?.getTime())
  })

  it('rejects an unknown token with 401 and the server message', async () => {
    const error = await failure(createInfluxClient({ token: 'apiv3_not-a-real-token' }).listTokens())
    expect(error).toMatchObject({ kind: 'http', status: 401, message: 'the request was not authenticated' })
  })
})

describe('creating admin tokens', () => {
  it('returns the secret once, with its full hash, and the list shows its fingerprint', async () => {
    const created = await client.createAdminToken({ name: 'ci-admin', expirySecs: 7 * 86_400 })
    expect(created.secret).toMatch(SECRET)
    expect(created.hash).toMatch(/^[0-9a-f]{128}$/)
    expect(created.expiresAt!.getTime() - created.createdAt.getTime()).toBe(7 * 86_400 * 1000)
    const listed = (await client.listTokens()).find((t) => t.name === 'ci-admin')
    expect(listed?.fingerprint).toBe(created.hash.slice(0, 9))
  })

  it('creates a token that never expires when no expiry is given', async () => {
    const created = await client.createAdminToken({ name: 'forever' })
    expect(created.expiresAt).toBeUndefined()
  })

  it('leaves expiry_secs out for a token that never expires, as the influxdb3 CLI does', async () => {
    const bodies: unknown[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST')
        void request
          .clone()
          .json()
          .then((body: unknown) => bodies.push(body))
    })
    await client.createAdminToken({ name: 'no-expiry', expirySecs: null })
    await client.createResourceToken({
      name: 'no-expiry-db',
      permissions: [{ resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] }],
    })
    await client.createAdminToken({ name: 'a-week', expirySecs: 604_800 })
    server.events.removeAllListeners()
    expect(bodies).toEqual([
      { token_name: 'no-expiry' },
      { token_name: 'no-expiry-db', permissions: [{ resource_type: 'db', resource_names: ['sensors'], actions: ['read'] }] },
      { token_name: 'a-week', expiry_secs: 604_800 },
    ])
  })

  it('makes the new secret usable at once', async () => {
    const created = await client.createAdminToken({ name: 'usable' })
    const tokens = await createInfluxClient({ token: created.secret }).listTokens()
    expect(tokens.some((t) => t.name === 'usable')).toBe(true)
  })

  it('reports a duplicate name as 409 with the server text', async () => {
    await client.createAdminToken({ name: 'twice' })
    const error = await failure(client.createAdminToken({ name: 'twice' }))
    expect(error).toMatchObject({ kind: 'http', status: 409, message: 'token name already exists, twice' })
  })

  it('bootstraps the operator token on an empty server, without a token, only once', async () => {
    await seed('empty')
    const anonymous = createInfluxClient()
    const created = await anonymous.createOperatorToken()
    expect(created).toMatchObject({ id: '0', name: '_admin', expiresAt: undefined })
    expect(created.secret).toMatch(SECRET)
    const error = await failure(anonymous.createOperatorToken())
    expect(error).toMatchObject({ status: 409, message: 'token name already exists, _admin' })
  })
})

describe('creating resource tokens (Enterprise)', () => {
  it('creates a token with several permission entries and lists them back', async () => {
    const created = await client.createResourceToken({
      name: 'mixed-reader',
      permissions: [
        { resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] },
        { resourceType: 'db', resourceNames: ['weather'], actions: ['write'] },
      ],
      expirySecs: 2_592_000,
    })
    expect(created.secret).toMatch(SECRET)
    const listed = (await client.listTokens()).find((t) => t.name === 'mixed-reader')
    expect(listed?.permissions).toEqual([
      { resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] },
      { resourceType: 'db', resourceNames: ['weather'], actions: ['write'] },
    ])
  })

  it('creates a system token', async () => {
    await client.createResourceToken({
      name: 'health-probe',
      permissions: [{ resourceType: 'system', resourceNames: ['health', 'ping'], actions: ['read'] }],
    })
    const listed = (await client.listTokens()).find((t) => t.name === 'health-probe')
    expect(listed?.permissions?.[0]).toMatchObject({ resourceType: 'system', resourceNames: ['health', 'ping'] })
  })

  it('reports a database that does not exist', async () => {
    const error = await failure(
      client.createResourceToken({
        name: 'ghost',
        permissions: [{ resourceType: 'db', resourceNames: ['no_such_db'], actions: ['read'] }],
      }),
    )
    expect(error.kind).toBe('http')
    expect(error.message).toContain('invalid resource name no_such_db')
  })

  it('gets 404 Not found from a Core server, which has no resource tokens', async () => {
    await seed('core')
    const error = await failure(
      client.createResourceToken({
        name: 'nope',
        permissions: [{ resourceType: 'db', resourceNames: ['*'], actions: ['read'] }],
      }),
    )
    expect(error).toMatchObject({ kind: 'http', status: 404, message: 'Not found' })
  })
})

describe('regenerating the operator token', () => {
  it('returns a new secret for _admin and the old one stops working at once', async () => {
    const regenerated = await client.regenerateOperatorToken()
    expect(regenerated).toMatchObject({ id: '0', name: '_admin' })
    expect(regenerated.secret).toMatch(SECRET)
    expect(regenerated.secret).not.toBe(operatorToken())
    expect((await failure(client.listTokens())).status).toBe(401)
    const fresh = createInfluxClient({ token: regenerated.secret })
    const admin = (await fresh.listTokens()).find((t) => t.name === '_admin')
    // The list shows the new string's fingerprint (the first 9 hex characters of its hash).
    expect(admin?.fingerprint).toBe(regenerated.hash.slice(0, 9))
  })
})

describe('regenerating without an operator token', () => {
  it('reports the server error when no _admin exists', async () => {
    await seed('empty')
    const { token } = await currentMock().createTokenDirect({ name: 'ops' })
    const error = await failure(createInfluxClient({ token }).regenerateOperatorToken())
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'missing admin token, cannot update' })
  })
})

describe('deleting tokens', () => {
  it('deletes a token by name', async () => {
    await client.createAdminToken({ name: 'short-lived' })
    await client.deleteToken('short-lived')
    expect((await client.listTokens()).some((t) => t.name === 'short-lived')).toBe(false)
  })

  it('refuses to delete the operator token with 405', async () => {
    const error = await failure(client.deleteToken('_admin'))
    expect(error).toMatchObject({ kind: 'http', status: 405, message: 'cannot delete operator token' })
  })

  it('reports an unknown token as 404 with its name', async () => {
    const error = await failure(client.deleteToken('never-existed'))
    expect(error).toMatchObject({ status: 404, message: 'the requested resource was not found: never-existed' })
  })
})

describe('databases', () => {
  it('lists databases with retention and table counts, _internal marked as the system database', async () => {
    const databases = await client.listDatabases()
    const internal = databases.find((d) => d.name === '_internal')
    expect(internal).toMatchObject({ isSystem: true, retentionSeconds: 604_800, deleted: false })
    const user = databases.filter((d) => !d.isSystem)
    expect(user.length).toBeGreaterThanOrEqual(5)
    expect(user.some((d) => d.retentionSeconds === undefined)).toBe(true)
    expect(user.some((d) => (d.tableCount ?? 0) > 0)).toBe(true)
  })

  it('creates a database with a retention period', async () => {
    await client.createDatabase({ name: 'new_db', retention: '30d' })
    const created = (await client.listDatabases()).find((d) => d.name === 'new_db')
    expect(created).toMatchObject({ retentionSeconds: 2_592_000, tableCount: 0 })
  })

  it('reports a duplicate database as 409', async () => {
    await client.createDatabase({ name: 'dup' })
    const error = await failure(client.createDatabase({ name: 'dup' }))
    expect(error).toMatchObject({ status: 409, message: 'attempted to create a resource that already exists' })
  })

  it('reports a bad name with the server JSON message', async () => {
    const error = await failure(client.createDatabase({ name: '_bad' }))
    expect(error).toMatchObject({ status: 400, message: 'db name did not start with a number or letter' })
  })

  it('reports the Core limit of five databases as 422', async () => {
    await seed('core')
    const existing = (await client.listDatabases()).filter((d) => !d.isSystem).length
    for (let i = existing; i < 5; i++) await client.createDatabase({ name: `fill${i}` })
    const error = await failure(client.createDatabase({ name: 'one_too_many' }))
    expect(error).toMatchObject({ status: 422, message: 'Adding a new database would exceed limit of 5 databases' })
  })

  it('changes and clears retention', async () => {
    await client.createDatabase({ name: 'ret' })
    await client.setRetention('ret', '90d')
    expect((await client.listDatabases()).find((d) => d.name === 'ret')?.retentionSeconds).toBe(90 * 86_400)
    await client.clearRetention('ret')
    expect((await client.listDatabases()).find((d) => d.name === 'ret')?.retentionSeconds).toBeUndefined()
  })

  it('soft-deletes a database, which then shows only with showDeleted', async () => {
    await client.createDatabase({ name: 'doomed' })
    await client.deleteDatabase('doomed', { hardDeleteAt: 'never' })
    expect((await client.listDatabases()).some((d) => d.name.startsWith('doomed'))).toBe(false)
    const withDeleted = await client.listDatabases({ showDeleted: true })
    const deleted = withDeleted.find((d) => d.name.startsWith('doomed-'))
    expect(deleted?.name).toMatch(/^doomed-\d{8}T\d{6}$/)
    expect(deleted?.deleted).toBe(true)
  })

  it('refuses to delete the system database', async () => {
    const error = await failure(client.deleteDatabase('_internal'))
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'cannot delete internal db' })
  })

  it('reports a retention change on an unknown database as 404', async () => {
    const error = await failure(client.setRetention('nowhere', '30d'))
    expect(error).toMatchObject({ kind: 'http', status: 404 })
  })

  it('reports an unknown database on delete as 404', async () => {
    const error = await failure(client.deleteDatabase('nowhere'))
    expect(error).toMatchObject({ status: 404, message: 'the requested resource was not found: nowhere' })
  })
})

describe('failures the client maps to ApiError', () => {
  it('reports a body that is not JSON as an invalid response', async () => {
    server.use(http.get(/\/ping$/, () => new HttpResponse('<html>proxy error</html>', { status: 200 })))
    const error = await failure(client.ping())
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 })
  })

  it('reports a web page where no body is expected as an invalid response, not as done', async () => {
    // A login page or an SPA fallback answering in the server's place: nothing was deleted.
    server.use(
      http.delete(/\/api\/v3\/configure\/token$/, () => new HttpResponse('<!doctype html><html><body>Sign in</body></html>')),
    )
    const error = await failure(client.deleteToken('ci-deploy'))
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 })
    expect(error.message).toContain('web page')
  })

  it('quotes the title of an error page rather than its markup', async () => {
    const page =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body></html>'
    server.use(http.get(/\/ping$/, () => new HttpResponse(page, { status: 502 })))
    expect(await failure(client.ping())).toMatchObject({ kind: 'http', status: 502, message: '502 Bad Gateway' })
  })

  it('reports JSON of the wrong shape as an invalid response naming the field', async () => {
    server.use(http.post(/\/api\/v3\/query_sql$/, () => HttpResponse.json([{ token_id: 'x', name: 1 }])))
    const error = await failure(client.listTokens())
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('0.token_id')
  })

  it('reads a plain-text error body without a content type', async () => {
    server.use(http.get(/\/health$/, () => new HttpResponse(new TextEncoder().encode('boom'), { status: 500 })))
    expect(await failure(client.health())).toMatchObject({ kind: 'http', status: 500, message: 'boom' })
  })

  it('gives up on a server slower than the timeout', async () => {
    server.use(
      http.get(/\/ping$/, async () => {
        await delay(500)
        return HttpResponse.json({ version: '3.10.1' })
      }),
    )
    const slowClient = createInfluxClient({ token: operatorToken(), timeoutMs: 50 })
    expect(await failure(slowClient.ping())).toMatchObject({
      kind: 'timeout',
      message: 'The server did not answer within 50 ms.',
    })
  })

  it('reports a cancelled request as aborted, not as a failure of the server', async () => {
    server.use(
      http.get(/\/ping$/, async () => {
        await delay(500)
        return HttpResponse.json({ version: '3.10.1' })
      }),
    )
    const controller = new AbortController()
    const pending = client.ping({ signal: controller.signal })
    controller.abort()
    expect((await failure(pending)).kind).toBe('aborted')
  })

  it('reports an unreachable server as a network error', async () => {
    server.use(http.get(/\/ping$/, () => HttpResponse.error()))
    expect((await failure(client.ping())).kind).toBe('network')
  })

  it('sends the token as a Bearer header and the base URL as given', async () => {
    let seen: { url: string; auth: string | null } | undefined
    server.use(
      http.get('http://influx.example:8181/health', ({ request }) => {
        seen = { url: request.url, auth: request.headers.get('authorization') }
        return new HttpResponse('OK')
      }),
    )
    await createInfluxClient({ baseUrl: 'http://influx.example:8181/', token: 'apiv3_abc' }).health()
    expect(seen).toEqual({ url: 'http://influx.example:8181/health', auth: 'Bearer apiv3_abc' })
  })
})
