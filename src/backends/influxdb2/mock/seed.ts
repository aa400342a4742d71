/**
 * Scenarios for the mock InfluxDB 2 / Cloud, for the demo, tests and the standalone server:
 * - `empty`: `influxdb2` is a fresh server, not yet set up (`POST /api/v2/setup` does it);
 *   `cloud-serverless` has one org, one user and one all-access token (its string may be given).
 * - `demo`: two orgs, a dozen buckets (with `_monitoring` and `_tasks`), all-access and custom
 *   tokens, an inactive one, one granting a bucket that was deleted since, one of another user.
 * - `large`: 1 000 buckets and 10 000 authorizations, for performance work.
 */
import { type Flavor, MockInfluxdb2, type MockInfluxdb2Options } from './mock-influxdb2'
import { allAccessPermissions, operatorPermissions, type Permission } from './permissions'
import type { OrgRecord, UserRecord } from './store'

export const INFLUXDB2_SCENARIOS = ['empty', 'demo', 'large'] as const
export type Influxdb2Scenario = (typeof INFLUXDB2_SCENARIOS)[number]

export interface SeededInfluxdb2 {
  mock: MockInfluxdb2
  /** The credential that manages the seeded org (OSS: the setup token); null before setup. */
  operatorToken: string | null
  /** The org the credential manages; null before setup. */
  org: { id: string; name: string } | null
}

export type CreateInfluxdb2Options = Partial<MockInfluxdb2Options> & {
  /** The string of the seeded all-access (Cloud) or operator (OSS) token; random when absent. */
  token?: string | undefined
}

const DAY = 86_400
const DAY_MS = DAY * 1000

const DEMO_BUCKETS: [string, number][] = [
  ['telemetry', 30 * DAY],
  ['sensors', 90 * DAY],
  ['weather', 0],
  ['factory_floor', 7 * DAY],
  ['billing', 365 * DAY],
  ['logs', 3 * DAY],
  ['staging', 1 * DAY],
  ['archive', 0],
]

/** The owner and org every scenario but a fresh OSS server starts with, and its managing token. */
function base(mock: MockInfluxdb2, flavor: Flavor, token: string | undefined) {
  const { store } = mock
  const user = store.addUser(flavor === 'influxdb2' ? 'admin' : 'ops@acme.example')
  const org = store.addOrg('acme', 'The demo organisation')
  store.addSystemBuckets(org.id)
  const permissions =
    flavor === 'influxdb2' ? operatorPermissions(mock.resourceTypes) : allAccessPermissions(mock.resourceTypes, org.id, user.id)
  const description = flavor === 'influxdb2' ? `${user.name}'s Token` : 'Console all-access'
  const auth = store.addAuth({ status: 'active', description, orgID: org.id, userID: user.id, permissions, token })
  return { user, org, token: auth.token }
}

type Ids = Omit<Permission['resource'], 'type'>
const read = (type: string, ids: Ids): Permission => ({ action: 'read', resource: { type, ...ids } })
const write = (type: string, ids: Ids): Permission => ({ action: 'write', resource: { type, ...ids } })

function seedDemo(mock: MockInfluxdb2, user: UserRecord, org: OrgRecord, now: number): void {
  const { store } = mock
  const bucket = Object.fromEntries(DEMO_BUCKETS.map(([name, seconds]) => [name, store.addBucket(org.id, name, seconds).id]))
  const id = (name: string) => {
    const found = bucket[name] ?? store.bucketNamed(org.id, name)?.id
    if (found === undefined) throw new Error(`The demo seed names a bucket it has not made: ${name}`)
    return found
  }
  const ops = store.addUser('ops')
  const globex = store.addOrg('globex')
  store.addSystemBuckets(globex.id)
  const webAnalytics = store.addBucket(globex.id, 'web_analytics', 30 * DAY)
  const gone = store.addBucket(org.id, 'old_metrics', 30 * DAY)
  const inOrg = { orgID: org.id }
  store.addTelegraf(org.id, 'factory-floor', 'PLC and machine sensors')
  store.addTelegraf(org.id, 'weather-station', 'Roof weather station')
  store.addTelegraf(org.id, 'edge-gateway')
  store.addTelegraf(globex.id, 'web-servers')
  const at = (daysAgo: number) => now - daysAgo * DAY_MS
  const add = (
    description: string,
    permissions: Permission[],
    extra: { userID?: string; orgID?: string; status?: 'inactive'; daysAgo?: number } = {},
  ) =>
    store.addAuth({
      status: extra.status ?? 'active',
      description,
      orgID: extra.orgID ?? org.id,
      userID: extra.userID ?? user.id,
      permissions,
      createdAt: at(extra.daysAgo ?? 10),
    })
  add('All access for the platform team', allAccessPermissions(mock.resourceTypes, org.id, user.id), { daysAgo: 120 })
  add(
    'Grafana dashboards',
    [read('buckets', { ...inOrg, id: id('telemetry') }), read('buckets', { ...inOrg, id: id('sensors') })],
    { daysAgo: 60 },
  )
  add('Telegraf on the factory floor', [write('buckets', { ...inOrg, id: id('factory_floor') }), read('telegrafs', inOrg)], {
    daysAgo: 45,
  })
  add('', [read('buckets', { ...inOrg, id: id('_monitoring') }), write('buckets', { ...inOrg, id: id('_tasks') })], {
    daysAgo: 30,
  })
  add('Read every bucket', [read('buckets', inOrg)], { daysAgo: 20 })
  add('Billing export (paused)', [read('buckets', { ...inOrg, id: id('billing') })], { status: 'inactive', daysAgo: 15 })
  add('Old metrics reader', [read('buckets', { ...inOrg, id: gone.id }), read('buckets', { ...inOrg, id: id('archive') })], {
    daysAgo: 200,
  })
  add(
    'Ops: write sensors and weather',
    [write('buckets', { ...inOrg, id: id('sensors') }), write('buckets', { ...inOrg, id: id('weather') })],
    {
      userID: ops.id,
      daysAgo: 5,
    },
  )
  add('Tasks and checks', [read('tasks', inOrg), write('tasks', inOrg), read('checks', inOrg), write('checks', inOrg)], {
    daysAgo: 2,
  })
  add('Globex all access', allAccessPermissions(mock.resourceTypes, globex.id, user.id), { orgID: globex.id, daysAgo: 90 })
  add('Globex analytics writer', [write('buckets', { orgID: globex.id, id: webAnalytics.id })], { orgID: globex.id, daysAgo: 3 })
  // Deleted after a token was granted on it: the grant stays, without a name.
  store.buckets.delete(gone.id)
}

/** 1 000 buckets and 10 000 authorizations, written straight into the store. */
function seedLarge(mock: MockInfluxdb2, user: UserRecord, org: OrgRecord, now: number): void {
  const { store } = mock
  const ids: string[] = []
  for (let i = 0; i < 998; i++) ids.push(store.addBucket(org.id, `bucket_${String(i).padStart(4, '0')}`, (i % 5) * 30 * DAY).id)
  for (let i = 0; i < 9_999; i++) {
    const bucketID = ids[i % ids.length] ?? ''
    const permissions =
      i % 10 === 0
        ? allAccessPermissions(mock.resourceTypes, org.id, user.id)
        : [
            read('buckets', { orgID: org.id, id: bucketID }),
            ...(i % 3 === 0 ? [write('buckets', { orgID: org.id, id: bucketID })] : []),
          ]
    store.addAuth({
      status: i % 17 === 0 ? 'inactive' : 'active',
      description: i % 11 === 0 ? '' : `Token ${i} for bucket_${String(i % ids.length).padStart(4, '0')}`,
      orgID: org.id,
      userID: user.id,
      permissions,
      createdAt: now - (i % 365) * DAY_MS,
    })
  }
}

export function createInfluxdb2Mock(scenario: Influxdb2Scenario = 'demo', options: CreateInfluxdb2Options = {}): SeededInfluxdb2 {
  const { token, ...mockOptions } = options
  const flavor = mockOptions.flavor ?? 'influxdb2'
  const mock = new MockInfluxdb2({ ...mockOptions, flavor })
  if (scenario === 'empty' && flavor === 'influxdb2') return { mock, operatorToken: null, org: null }
  const seeded = base(mock, flavor, token)
  const now = mockOptions.now?.() ?? Date.now()
  if (scenario === 'demo') seedDemo(mock, seeded.user, seeded.org, now)
  if (scenario === 'large') seedLarge(mock, seeded.user, seeded.org, now)
  return { mock, operatorToken: seeded.token, org: { id: seeded.org.id, name: seeded.org.name } }
}
