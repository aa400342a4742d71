/**
 * Scenarios for the mock management API, for the demo, tests and the standalone server:
 * - `empty`: no databases and no database tokens; only the management token works.
 * - `demo`: a few databases with limits and retention, and tokens of every kind: read, write,
 *   read and write, all databases (`*`), no access (`[]`), expiring, expired and revoked.
 * - `large`: 500 databases and 10 000 tokens, written straight into the store (no hashing: a
 *   seeded token's string never existed), for performance work.
 */
import type { PermissionWire } from '../wire'
import { uuidV4 } from './crypto'
import { MockManagement, type MockManagementOptions } from './mock-management'
import type { ManagementScenario } from './scenarios'
import type { TokenRecord } from './store'

export type { ManagementScenario } from './scenarios'

const DAY_MS = 86_400_000
const DAY_NS = 86_400 * 1e9

const read = (resource: string): PermissionWire => ({ action: 'read', resource })
const write = (resource: string): PermissionWire => ({ action: 'write', resource })

const DEMO_DATABASES = [
  { name: 'sensors', retentionPeriod: 30 * DAY_NS },
  { name: 'weather', retentionPeriod: 90 * DAY_NS, maxTables: 200 },
  { name: 'factory_floor', retentionPeriod: 0, maxColumnsPerTable: 400 },
  { name: 'billing', retentionPeriod: 365 * DAY_NS },
  { name: 'logs/app', retentionPeriod: 7 * DAY_NS },
]

type DemoToken = Omit<TokenRecord, 'id' | 'hash' | 'createdAt' | 'expiresAt' | 'revokedAt'> & {
  ageDays: number
  expiresInDays?: number
  revokedDaysAgo?: number
}

const DEMO_TOKENS: DemoToken[] = [
  { description: 'Grafana dashboards', permissions: [read('sensors'), read('weather')], ageDays: 120 },
  { description: 'Telegraf on the factory floor', permissions: [write('factory_floor')], ageDays: 90 },
  { description: 'Sensor gateway', permissions: [read('sensors'), write('sensors')], ageDays: 60, expiresInDays: 300 },
  { description: 'Data science notebooks', permissions: [read('*')], ageDays: 45 },
  { description: 'Backfill job', permissions: [read('*'), write('*')], ageDays: 30, expiresInDays: 5 },
  { description: 'Billing export', permissions: [read('billing')], ageDays: 200, expiresInDays: -10 },
  { description: 'Old ingest pipeline', permissions: [write('sensors'), write('weather')], ageDays: 400, revokedDaysAgo: 20 },
  { description: 'Placeholder for the new team', permissions: [], ageDays: 3 },
  { description: 'Log shipper', permissions: [write('logs/app')], ageDays: 10 },
]

function seedDemo(mock: MockManagement): void {
  const now = mock.now()
  for (const { name, ...fields } of DEMO_DATABASES) mock.store.addDatabase(name, fields)
  for (const { ageDays, expiresInDays, revokedDaysAgo, ...token } of DEMO_TOKENS) {
    mock.store.addToken({
      ...token,
      id: uuidV4(),
      hash: null,
      createdAt: now - ageDays * DAY_MS,
      expiresAt: expiresInDays === undefined ? null : now + expiresInDays * DAY_MS,
      revokedAt: revokedDaysAgo === undefined ? null : now - revokedDaysAgo * DAY_MS,
    })
  }
}

const TEAMS = ['iot', 'web', 'ops', 'finance', 'ml', 'edge', 'retail', 'health', 'energy', 'fleet']
const KINDS = ['metrics', 'events', 'traces', 'logs', 'audit', 'sales', 'usage', 'alerts', 'sensors', 'billing']
const ENVS = ['prod', 'staging', 'dev', 'test', 'qa']

/** Deterministic: the same store on every run, so figures compare. */
function seedLarge(mock: MockManagement): void {
  const now = mock.now()
  const names: string[] = []
  for (const team of TEAMS) {
    for (const kind of KINDS) {
      for (const env of ENVS) {
        const name = `${team}-${kind}-${env}`
        names.push(name)
        mock.store.addDatabase(name, { retentionPeriod: ((names.length % 4) * 30 + 7) * DAY_NS })
      }
    }
  }
  for (let index = 0; index < 10_000; index++) {
    const db = names[index % names.length] ?? '*'
    const other = names[(index * 7) % names.length] ?? '*'
    const shape = index % 5
    const permissions =
      shape === 0
        ? [read(db)]
        : shape === 1
          ? [write(db)]
          : shape === 2
            ? [read(db), write(db), read(other)]
            : shape === 3
              ? [read('*')]
              : [write(db), write(other)]
    const createdAt = now - (index % 700) * DAY_MS - index * 1000
    mock.store.addToken({
      id: uuidV4(),
      description: `${db} ${['reader', 'writer', 'service', 'analyst', 'ingest'][shape] ?? ''} ${index}`,
      permissions,
      createdAt,
      // Some expired, most not yet; one in eleven revoked, after it was created.
      expiresAt: index % 3 === 0 ? createdAt + ((index % 400) + 1) * DAY_MS : null,
      revokedAt: index % 11 === 0 ? Math.min(now, createdAt + (index % 30) * DAY_MS) : null,
      hash: null,
    })
  }
}

/** A new mock seeded with a scenario. */
export function createManagementMock(scenario: ManagementScenario, options: MockManagementOptions): MockManagement {
  const mock = new MockManagement(options)
  if (scenario === 'demo') seedDemo(mock)
  else if (scenario === 'large') seedLarge(mock)
  return mock
}
