// @vitest-environment node
// InfluxData's own JavaScript client (@influxdata/influxdb-client-apis) against the standalone
// mock server, unchanged: setup, orgs, buckets and authorizations as a real InfluxDB 2 serves them.
import { HttpError, InfluxDB } from '@influxdata/influxdb-client'
import { AuthorizationsAPI, BucketsAPI, OrgsAPI, SetupAPI } from '@influxdata/influxdb-client-apis'
import { http, passthrough } from 'msw'
import { afterEach, expect, it } from 'vitest'

import { server } from '../../mocks/node'
import { type StartedServer, startStandalone, stop } from '../../mocks/standalone-process'

let started: StartedServer | null = null

afterEach(() => stop(started?.process))

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
  } catch (error) {
    if (error instanceof HttpError) return error.statusCode
    throw error
  }
  throw new Error('expected the call to fail')
}

it('works with the official client: setup, orgs, buckets, authorizations', async () => {
  started = await startStandalone(['--product', 'influxdb2', '--empty', '--port', '0'])
  const url = started.origin
  // The in-process MSW server would answer this origin too; let these calls reach the network.
  server.use(http.all(new RegExp(`^${url.replace(/\./g, '\\.')}/`), () => passthrough()))

  const setupApi = new SetupAPI(new InfluxDB({ url }))
  expect((await setupApi.getSetup()).allowed).toBe(true)
  const setup = await setupApi.postSetup({
    body: { username: 'me', password: 'password1', org: 'home', bucket: 'data', retentionPeriodSeconds: 3600 },
  })
  const token = setup.auth?.token ?? ''
  expect(token).toHaveLength(88)
  expect(await statusOf(setupApi.postSetup({ body: { username: 'x', org: 'x', bucket: 'x' } }))).toBe(422)

  const influx = new InfluxDB({ url, token })
  const orgs = await new OrgsAPI(influx).getOrgs({ org: 'home' })
  const orgID = orgs.orgs?.[0]?.id ?? ''
  expect(orgID).toMatch(/^[0-9a-f]{16}$/)

  const buckets = new BucketsAPI(influx)
  const bucket = await buckets.postBuckets({
    body: { orgID, name: 'extra', retentionRules: [{ type: 'expire', everySeconds: 86_400 }] },
  })
  const listed = await buckets.getBuckets({ orgID, limit: 100 })
  expect(listed.buckets?.map((b) => b.name)).toEqual(expect.arrayContaining(['data', 'extra', '_monitoring', '_tasks']))

  const authorizations = new AuthorizationsAPI(influx)
  const created = await authorizations.postAuthorizations({
    body: {
      orgID,
      description: 'writer',
      permissions: [{ action: 'write', resource: { type: 'buckets', id: bucket.id, orgID } }],
    },
  })
  expect(created.token).toHaveLength(88)
  const all = await authorizations.getAuthorizations({ orgID })
  expect(all.authorizations?.map((a) => a.description)).toEqual(["me's Token", 'writer'])
  expect(all.authorizations?.every((a) => a.token === '')).toBe(true)
  const patched = await authorizations.patchAuthorizationsID({ authID: created.id ?? '', body: { status: 'inactive' } })
  expect(patched.status).toBe('inactive')
  expect((await authorizations.getAuthorizationsID({ authID: created.id ?? '' })).description).toBe('writer')
  await authorizations.deleteAuthorizationsID({ authID: created.id ?? '' })
  expect(await statusOf(authorizations.getAuthorizationsID({ authID: created.id ?? '' }))).toBe(404)
  await buckets.deleteBucketsID({ bucketID: bucket.id ?? '' })
  expect(await statusOf(new AuthorizationsAPI(new InfluxDB({ url, token: 'wrong' })).getAuthorizations())).toBe(401)
}, 30_000)
