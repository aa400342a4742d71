// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'

import type { MockInfluxdb2 } from './mock-influxdb2'
import { createInfluxdb2Mock } from './seed'
import { call, type ListedAuth } from './test-support'

const ID = /^[0-9a-f]{16}$/
const NANO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/

let mock: MockInfluxdb2
let operator: string
let orgID: string

beforeEach(() => {
  const seeded = createInfluxdb2Mock('demo')
  mock = seeded.mock
  operator = seeded.operatorToken ?? ''
  orgID = seeded.org?.id ?? ''
})

const bucketId = (name: string) => mock.store.bucketNamed(orgID, name)?.id ?? ''
const create = (body: unknown, token = operator) => call(mock, 'POST', '/api/v2/authorizations', { token, body })
const readTelemetry = () => ({ action: 'read', resource: { type: 'buckets', id: bucketId('telemetry'), orgID } })

/** A token written straight into the store, owned by the operator's user. */
function direct(permissions: ListedAuth['permissions'], status: 'active' | 'inactive' = 'active'): string {
  const owner = mock.store.userNamed('admin')?.id ?? ''
  const perms = permissions.map(({ action, resource }) => ({ action: action as 'read' | 'write', resource }))
  return mock.store.addAuth({ status, description: 'direct', orgID, userID: owner, permissions: perms }).token
}

function expectError(
  result: { status: number; headers: Headers; json: () => unknown },
  status: number,
  code: string,
  message: string,
) {
  expect(result.status).toBe(status)
  expect(result.headers.get('x-platform-error-code')).toBe(code)
  expect(result.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(result.json()).toEqual({ code, message })
}

describe('POST /api/v2/authorizations', () => {
  it('answers 201 with the new token string once, ids of 16 hex digits, nanosecond times and resolved names', async () => {
    const result = await create({ orgID, description: 'reader', permissions: [readTelemetry()] })
    expect(result.status).toBe(201)
    const auth = result.json<ListedAuth>()
    expect(auth.token).toMatch(/^[A-Za-z0-9_-]{86}==$/)
    expect(auth.id).toMatch(ID)
    expect(auth.createdAt).toMatch(NANO_TIME)
    expect(auth).toMatchObject({ status: 'active', description: 'reader', org: 'acme', user: 'admin' })
    expect(auth.permissions[0]?.resource).toEqual({
      type: 'buckets',
      id: bucketId('telemetry'),
      orgID,
      name: 'telemetry',
      org: 'acme',
    })
    expect(Object.keys(auth)).toEqual([
      'id',
      'token',
      'status',
      'description',
      'orgID',
      'org',
      'userID',
      'user',
      'permissions',
      'links',
      'createdAt',
      'updatedAt',
    ])
  })

  it.each([
    [{ permissions: [] }, 'authorization must include permissions'],
    [{ permissions: [{ action: 'read', resource: { type: 'buckets' } }] }, 'org id required: invalid ID'],
    [
      { permissions: [{ action: 'read', resource: { type: 'nope' } }] },
      'invalid resource type for permission: unknown resource type for permission',
    ],
    [
      { permissions: [{ action: 'delete', resource: { type: 'buckets' } }] },
      'invalid action type for permission: unknown action for permission',
    ],
    [
      { status: 'paused', permissions: [{ action: 'read', resource: { type: 'buckets' } }] },
      'invalid status: must be active or inactive',
    ],
  ])('refuses %j with 400', async (body, message) => {
    const withOrg =
      'permissions' in body && body.permissions.length > 0 && !('status' in body) && message.startsWith('org')
        ? body
        : { orgID, ...body }
    expectError(await create(withOrg), 400, 'invalid', message)
  })

  it('refuses a body that is not JSON with 400', async () => {
    const result = await create('{nope')
    expect(result.status).toBe(400)
    expect(result.json<{ message: string }>().message).toMatch(/^invalid json structure: /)
  })

  it('refuses a permission of another org with 400', async () => {
    const other = mock.store.orgNamed('globex')?.id ?? ''
    const result = await create({ orgID, permissions: [{ action: 'read', resource: { type: 'buckets', orgID: other } }] })
    expectError(result, 400, 'invalid', `permission read:orgs/${other}/buckets is not for org id ${orgID}`)
  })

  it('answers 401 naming the missing permission when the caller may not create tokens', async () => {
    const narrow = direct([{ action: 'read', resource: { type: 'buckets', orgID } }])
    expectError(
      await create({ orgID, permissions: [readTelemetry()] }, narrow),
      401,
      'unauthorized',
      `write:orgs/${orgID}/authorizations is unauthorized`,
    )
  })

  it('answers 403 when the caller asks for more than it holds', async () => {
    const owner = mock.store.userNamed('admin')?.id ?? ''
    const manager = direct([
      { action: 'write', resource: { type: 'authorizations', orgID } },
      { action: 'write', resource: { type: 'users', id: owner } },
    ])
    const result = await create({ orgID, permissions: [{ action: 'read', resource: { type: 'buckets', orgID } }] }, manager)
    const text = `read:orgs/${orgID}/buckets`
    expectError(result, 403, 'forbidden', `permission ${text} is not allowed: ${text} is unauthorized`)
  })

  it('answers 500 for the instance type, only for a caller who holds it', async () => {
    const instance = direct([
      { action: 'write', resource: { type: 'instance' } },
      { action: 'read', resource: { type: 'instance' } },
    ])
    const result = await create({ orgID, permissions: [{ action: 'read', resource: { type: 'instance' } }] }, instance)
    expectError(
      result,
      500,
      'internal error',
      'authorizations cannot be created with the instance type, it is only used during setup',
    )
  })
})

describe('GET /api/v2/authorizations', () => {
  it('lists with an empty token string on 2.9+ (the default), never the real one', async () => {
    const { authorizations } = (await call(mock, 'GET', `/api/v2/authorizations?orgID=${orgID}`, { token: operator })).json<{
      authorizations: ListedAuth[]
    }>()
    expect(authorizations.length).toBeGreaterThan(5)
    expect(authorizations.every((a) => a.token === '' && a.orgID === orgID)).toBe(true)
  })

  it.each([
    ['oss-legacy', (token: string) => token],
    ['cloud', () => 'redacted'],
  ] as const)('shows the token as the %s switch says', async (tokenDisplay, expected) => {
    const seeded = createInfluxdb2Mock('demo', { tokenDisplay })
    const body = (await call(seeded.mock, 'GET', '/api/v2/authorizations', { token: seeded.operatorToken })).json<{
      authorizations: ListedAuth[]
    }>()
    const own = body.authorizations.find((a) => a.description === "admin's Token")
    expect(own?.token).toBe(expected(seeded.operatorToken ?? ''))
  })

  it('filters by owner name, and answers 404 for an org name it does not know', async () => {
    const { authorizations } = (await call(mock, 'GET', '/api/v2/authorizations?user=ops', { token: operator })).json<{
      authorizations: ListedAuth[]
    }>()
    expect(authorizations.map((a) => a.user)).toEqual(['ops'])
    expectError(
      await call(mock, 'GET', '/api/v2/authorizations?org=nope', { token: operator }),
      404,
      'not found',
      'organization name "nope" not found',
    )
  })

  it('filters silently: a token that may not read tokens gets 200 and an empty list', async () => {
    const narrow = direct([{ action: 'read', resource: { type: 'buckets', orgID } }])
    const result = await call(mock, 'GET', '/api/v2/authorizations', { token: narrow })
    expect(result.status).toBe(200)
    expect(result.json()).toEqual({ links: { self: '/api/v2/authorizations' }, authorizations: [] })
  })

  it('keeps a grant on a deleted bucket, without a name', async () => {
    const { authorizations } = (await call(mock, 'GET', '/api/v2/authorizations', { token: operator })).json<{
      authorizations: ListedAuth[]
    }>()
    const old = authorizations.find((a) => a.description === 'Old metrics reader')
    expect(old?.permissions.map((p) => p.resource.name)).toEqual([undefined, 'archive'])
  })

  it('filters by ?token= on Cloud and ignores it on OSS', async () => {
    const cloud = createInfluxdb2Mock('demo', { flavor: 'cloud-serverless' })
    const token = cloud.operatorToken ?? ''
    const onCloud = (await call(cloud.mock, 'GET', `/api/v2/authorizations?token=${encodeURIComponent(token)}`, { token })).json<{
      authorizations: ListedAuth[]
    }>()
    expect(onCloud.authorizations).toHaveLength(1)
    const onOss = (
      await call(mock, 'GET', `/api/v2/authorizations?token=${encodeURIComponent(operator)}`, { token: operator })
    ).json<{ authorizations: ListedAuth[] }>()
    expect(onOss.authorizations.length).toBeGreaterThan(1)
  })
})

describe('one authorization', () => {
  const firstId = () => [...mock.store.auths.values()][1]?.id ?? ''

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expectError(
      await call(mock, 'GET', '/api/v2/authorizations/123', { token: operator }),
      400,
      'invalid',
      'id must have a length of 16 bytes',
    )
    expectError(
      await call(mock, 'GET', '/api/v2/authorizations/zzzzzzzzzzzzzzzz', { token: operator }),
      400,
      'invalid',
      'invalid ID',
    )
    expectError(
      await call(mock, 'GET', '/api/v2/authorizations/0123456789abcdef', { token: operator }),
      404,
      'not found',
      'authorization not found',
    )
  })

  it('PATCH changes only status and description, and updatedAt', async () => {
    const before = (await call(mock, 'GET', `/api/v2/authorizations/${firstId()}`, { token: operator })).json<ListedAuth>()
    await new Promise((resolve) => setTimeout(resolve, 2))
    const body = { status: 'inactive', description: 'renamed', permissions: [], orgID: 'ffffffffffffffff' }
    const result = await call(mock, 'PATCH', `/api/v2/authorizations/${firstId()}`, { token: operator, body })
    expect(result.status).toBe(200)
    const after = result.json<ListedAuth>()
    expect(after).toMatchObject({
      status: 'inactive',
      description: 'renamed',
      orgID: before.orgID,
      permissions: before.permissions,
    })
    expect(after.updatedAt).not.toBe(before.updatedAt)
  })

  it('PATCH answers 400 for an unknown status and 500 for a body that is not JSON', async () => {
    const bad = await call(mock, 'PATCH', `/api/v2/authorizations/${firstId()}`, { token: operator, body: { status: 'paused' } })
    expectError(bad, 400, 'invalid', 'encodeAuthorization: unknown authorization status')
    expect((await call(mock, 'PATCH', `/api/v2/authorizations/${firstId()}`, { token: operator, body: '{' })).status).toBe(500)
  })

  it('DELETE answers 204 with no body, then 404', async () => {
    const id = firstId()
    const result = await call(mock, 'DELETE', `/api/v2/authorizations/${id}`, { token: operator })
    expect(result.status).toBe(204)
    expect(result.text).toBe('')
    expect((await call(mock, 'DELETE', `/api/v2/authorizations/${id}`, { token: operator })).status).toBe(404)
  })

  it('refuses an inactive token on a checked call with 401 token is inactive', async () => {
    const inactive = direct([{ action: 'read', resource: { type: 'authorizations' } }], 'inactive')
    expectError(
      await call(mock, 'GET', `/api/v2/authorizations/${firstId()}`, { token: inactive }),
      401,
      'unauthorized',
      'token is inactive',
    )
  })
})

describe('authentication', () => {
  it.each(['Token', 'Bearer', 'token', 'BEARER'])('accepts the %s scheme', async (scheme) => {
    expect((await call(mock, 'GET', '/api/v2/me', { token: operator, scheme })).status).toBe(200)
  })

  it.each([null, 'Basic', 'Token  two-spaces'])('answers 401 unauthorized access for %s', async (scheme) => {
    const headers: Record<string, string> =
      scheme === null ? {} : { authorization: scheme === 'Basic' ? `Basic ${operator}` : scheme }
    expectError(await call(mock, 'GET', '/api/v2/me', { headers }), 401, 'unauthorized', 'unauthorized access')
  })

  it('answers 403 User is inactive when the owner was deleted', async () => {
    const owner = mock.store.userNamed('admin')?.id ?? ''
    mock.store.users.delete(owner)
    expectError(await call(mock, 'GET', '/api/v2/me', { token: operator }), 403, 'forbidden', 'User is inactive')
  })
})
