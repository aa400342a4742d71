// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { OSS_RESOURCE_TYPES } from './permissions'
import { createInfluxdb2Mock } from './seed'
import { call } from './test-support'

const demo = () => {
  const seeded = createInfluxdb2Mock('demo')
  return { mock: seeded.mock, token: seeded.operatorToken ?? '', orgID: seeded.org?.id ?? '' }
}

interface BucketPage {
  links: { self: string; next?: string; prev?: string }
  buckets: { id: string; name: string; type: string; retentionRules: { everySeconds: number }[] }[]
}

describe('onboarding', () => {
  it('sets up a fresh server once: user, org, bucket and an operator token, then refuses with 422', async () => {
    const { mock } = createInfluxdb2Mock('empty')
    expect((await call(mock, 'GET', '/api/v2/setup')).json()).toEqual({ allowed: true })
    const body = {
      username: 'me',
      password: 'password1',
      org: 'home',
      bucket: 'data',
      retentionPeriodSeconds: 3600,
      token: 'my-own-token',
    }
    const result = await call(mock, 'POST', '/api/v2/setup', { body })
    expect(result.status).toBe(201)
    const setup = result.json<{
      auth: { token: string; permissions: unknown[] }
      bucket: { retentionRules: { everySeconds: number }[] }
    }>()
    expect(setup.auth.token).toBe('my-own-token')
    expect(setup.auth.permissions).toHaveLength((OSS_RESOURCE_TYPES.length - 1) * 2)
    expect(setup.bucket.retentionRules[0]?.everySeconds).toBe(3600)
    expect((await call(mock, 'GET', '/api/v2/me', { token: 'my-own-token' })).json()).toMatchObject({ name: 'me' })
    expect((await call(mock, 'GET', '/api/v2/setup')).json()).toEqual({ allowed: false })
    const again = await call(mock, 'POST', '/api/v2/setup', { body })
    expect(again.status).toBe(422)
    expect(again.json()).toEqual({ code: 'conflict', message: 'onboarding has already been completed' })
  })

  it('names the missing fields with 422', async () => {
    const result = await call(createInfluxdb2Mock('empty').mock, 'POST', '/api/v2/setup', { body: { org: 'o' } })
    expect(result.status).toBe(422)
    expect(result.json()).toEqual({
      code: 'unprocessable entity',
      message: 'onboarding failed: missing required fields [username,bucket]',
    })
  })
})

describe('/api/v2/me, /orgs and /resources', () => {
  it('answers the caller, and 401 naming read on its user when the token may not read it', async () => {
    const { mock, token, orgID } = demo()
    const me = (await call(mock, 'GET', '/api/v2/me', { token })).json<{ id: string }>()
    expect(me).toMatchObject({ name: 'admin', status: 'active' })
    const narrow = mock.store.addAuth({
      status: 'active',
      description: '',
      orgID,
      userID: me.id,
      permissions: [{ action: 'read', resource: { type: 'buckets', orgID } }],
    })
    const denied = await call(mock, 'GET', '/api/v2/me', { token: narrow.token })
    expect(denied.status).toBe(401)
    expect(denied.json()).toEqual({ code: 'unauthorized', message: `read:users/${me.id} is unauthorized` })
  })

  it('lists the orgs the caller may read', async () => {
    const { mock, token } = demo()
    const { orgs } = (await call(mock, 'GET', '/api/v2/orgs', { token })).json<{ orgs: { name: string }[] }>()
    expect(orgs.map((o) => o.name)).toEqual(['acme', 'globex'])
  })

  it('answers the resource types: the OSS list, and the Cloud list with flows, functions and subscriptions', async () => {
    const { mock, token } = demo()
    expect((await call(mock, 'GET', '/api/v2/resources', { token })).json()).toEqual([...OSS_RESOURCE_TYPES])
    const cloud = createInfluxdb2Mock('empty', { flavor: 'cloud-serverless', token: 'T' })
    expect((await call(cloud.mock, 'GET', '/api/v2/resources', { token: 'T' })).json()).toEqual(
      expect.arrayContaining(['flows', 'functions', 'subscriptions']),
    )
  })
})

describe('/api/v2/buckets', () => {
  it('pages 20 by default, at most 100, with a next link while pages are full', async () => {
    const seeded = createInfluxdb2Mock('large')
    const { mock, token, orgID } = { mock: seeded.mock, token: seeded.operatorToken ?? '', orgID: seeded.org?.id ?? '' }
    const first = (await call(mock, 'GET', `/api/v2/buckets?orgID=${orgID}`, { token })).json<BucketPage>()
    expect(first.buckets).toHaveLength(20)
    expect(first.links.next).toContain('offset=20')
    const last = (await call(mock, 'GET', `/api/v2/buckets?orgID=${orgID}&limit=100&offset=900`, { token })).json<BucketPage>()
    expect(last.buckets).toHaveLength(100)
    const beyond = (await call(mock, 'GET', `/api/v2/buckets?orgID=${orgID}&limit=100&offset=1000`, { token })).json<BucketPage>()
    expect(beyond.buckets).toHaveLength(0)
    expect(beyond.links.next).toBeUndefined()
  })

  it.each(['0', '101', '-1'])('refuses limit=%s on OSS with 400', async (limit) => {
    const { mock, token } = demo()
    const result = await call(mock, 'GET', `/api/v2/buckets?limit=${limit}`, { token })
    expect(result.status).toBe(400)
    expect(result.json()).toEqual({ code: 'invalid', message: 'limit must be between 1 and 100' })
  })

  it('answers every bucket for limit=-1 on Cloud', async () => {
    const cloud = createInfluxdb2Mock('demo', { flavor: 'cloud-serverless' })
    const page = (
      await call(cloud.mock, 'GET', `/api/v2/buckets?orgID=${cloud.org?.id}&limit=-1`, { token: cloud.operatorToken })
    ).json<BucketPage>()
    expect(page.buckets.map((b) => b.name)).toEqual(expect.arrayContaining(['_monitoring', '_tasks', 'telemetry', 'archive']))
  })

  it('creates a bucket with 201, refuses a second of that name with 422 and a name with an underscore with 400', async () => {
    const { mock, token, orgID } = demo()
    const body = { orgID, name: 'fresh', retentionRules: [{ type: 'expire', everySeconds: 86_400 }] }
    expect((await call(mock, 'POST', '/api/v2/buckets', { token, body })).status).toBe(201)
    expect((await call(mock, 'POST', '/api/v2/buckets', { token, body })).json()).toEqual({
      code: 'conflict',
      message: 'bucket with name fresh already exists',
    })
    const underscore = await call(mock, 'POST', '/api/v2/buckets', { token, body: { ...body, name: '_mine' } })
    expect(underscore.status).toBe(400)
  })

  it('changes retention by PATCH, deletes with 204, and refuses to delete a system bucket', async () => {
    const { mock, token, orgID } = demo()
    const id = mock.store.bucketNamed(orgID, 'weather')?.id ?? ''
    const patched = await call(mock, 'PATCH', `/api/v2/buckets/${id}`, {
      token,
      body: { retentionRules: [{ type: 'expire', everySeconds: 3600 }] },
    })
    expect(patched.json<BucketPage['buckets'][number]>().retentionRules[0]?.everySeconds).toBe(3600)
    expect((await call(mock, 'DELETE', `/api/v2/buckets/${id}`, { token })).status).toBe(204)
    const system = mock.store.bucketNamed(orgID, '_tasks')?.id ?? ''
    expect((await call(mock, 'DELETE', `/api/v2/buckets/${system}`, { token })).json()).toEqual({
      code: 'invalid',
      message: 'system buckets cannot be deleted',
    })
  })

  it('answers 404 for a name the org does not have', async () => {
    const { mock, token, orgID } = demo()
    expect((await call(mock, 'GET', `/api/v2/buckets?orgID=${orgID}&name=nope`, { token })).json()).toEqual({
      code: 'not found',
      message: 'bucket "nope" not found',
    })
  })
})

describe('identity and CORS', () => {
  it('answers /ping with 204 and the OSS build and version headers, and /health with the version', async () => {
    const { mock } = demo()
    const ping = await call(mock, 'GET', '/ping')
    expect(ping.status).toBe(204)
    expect(ping.headers.get('x-influxdb-build')).toBe('OSS')
    expect(ping.headers.get('x-influxdb-version')).toBe('v2.9.1')
    expect((await call(mock, 'GET', '/health')).json()).toMatchObject({ name: 'influxdb', status: 'pass', version: 'v2.9.1' })
  })

  it('sends no version header on Cloud', async () => {
    const ping = await call(createInfluxdb2Mock('empty', { flavor: 'cloud-serverless' }).mock, 'GET', '/ping')
    expect(ping.headers.get('x-influxdb-version')).toBeNull()
  })

  it('answers a preflight with 204 and echoes the origin on API answers', async () => {
    const { mock, token } = demo()
    const preflight = await call(mock, 'OPTIONS', '/api/v2/authorizations', { headers: { origin: 'http://console.example' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://console.example')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
    const denied = await call(mock, 'GET', '/api/v2/me', { headers: { origin: 'http://console.example' } })
    expect(denied.headers.get('access-control-allow-origin')).toBe('http://console.example')
    expect((await call(mock, 'GET', '/api/v2/me', { token })).headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('scenarios', () => {
  it('seeds the demo: two orgs, a dozen buckets with the system ones, an inactive token and one of another user', () => {
    const { mock } = createInfluxdb2Mock('demo')
    expect([...mock.store.orgs.values()].map((o) => o.name)).toEqual(['acme', 'globex'])
    const buckets = [...mock.store.buckets.values()].map((b) => b.name)
    expect(buckets.length).toBeGreaterThanOrEqual(12)
    expect(buckets).toEqual(expect.arrayContaining(['_monitoring', '_tasks']))
    const auths = [...mock.store.auths.values()]
    expect(auths.some((a) => a.status === 'inactive')).toBe(true)
    expect(new Set(auths.map((a) => a.userID)).size).toBe(2)
  })

  it('seeds 10 000 authorizations and 1 000 buckets quickly (under 3 s even on a loaded machine)', () => {
    const started = performance.now()
    const { mock } = createInfluxdb2Mock('large')
    expect(performance.now() - started).toBeLessThan(3000)
    expect(mock.store.auths.size).toBe(10_000)
    expect(mock.store.buckets.size).toBe(1_000)
  })

  it('gives Cloud --empty one org, one user and an all-access token with the string asked', async () => {
    const { mock } = createInfluxdb2Mock('empty', { flavor: 'cloud-serverless', token: 'T' })
    expect([mock.store.orgs.size, mock.store.users.size, mock.store.auths.size]).toEqual([1, 1, 1])
    expect((await call(mock, 'GET', '/api/v2/authorizations', { token: 'T' })).json()).toMatchObject({
      authorizations: [{ token: 'redacted' }],
    })
  })
})
