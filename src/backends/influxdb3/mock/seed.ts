/**
 * Scenarios for the mock: realistic data for the demo, tests and the standalone server.
 * - `demo`: Enterprise with databases, tables and every kind of token (admin, database,
 *   system, mixed, expiring, expired, one granting a soft-deleted database).
 * - `core`: the same story on Core: admin tokens only, four user databases (limit 5).
 * - `empty`: a fresh server: `_internal` only and no token; bootstrap with
 *   `POST /api/v3/configure/token/admin`.
 * - `large`: Enterprise with 1 000 databases and 10 000 tokens, for performance work.
 */
import { SECONDS } from '../../../lib/duration'
import { OPERATOR_TOKEN_NAME } from '../names'
import { type DirectTable, type DirectToken, MockInflux, type MockInfluxOptions, type Scenario } from './mock-influx'
import type { Flavor } from './server-state'

const DAY_MS = 86_400_000

export interface SeededMock {
  mock: MockInflux
  /** The `_admin` token string; null when the scenario has no tokens. */
  operatorToken: string | null
}

export type CreateMockOptions = Partial<MockInfluxOptions>

interface DatabaseSeed {
  name: string
  retentionSeconds: number | null
  tables: Record<string, DirectTable>
}

const DEMO_DATABASES: DatabaseSeed[] = [
  {
    name: 'sensors',
    retentionSeconds: 30 * SECONDS.day,
    tables: {
      temperature: { tags: ['building', 'room', 'sensor_id'], fields: ['celsius', 'battery'], lastCaches: 1 },
      humidity: { tags: ['building', 'room', 'sensor_id'], fields: ['relative'] },
      air_quality: { tags: ['building', 'sensor_id'], fields: ['co2_ppm', 'pm25', 'pm10', 'voc'], distinctCaches: 1 },
    },
  },
  {
    name: 'weather',
    retentionSeconds: 90 * SECONDS.day,
    tables: {
      observations: { tags: ['station', 'region'], fields: ['temp_c', 'wind_kph', 'pressure_hpa', 'humidity'] },
      forecasts: { tags: ['station', 'model'], fields: ['temp_c', 'precip_mm', 'horizon_h'] },
    },
  },
  {
    name: 'factory_floor',
    retentionSeconds: null,
    tables: {
      machine_status: {
        tags: ['line', 'machine', 'shift'],
        fields: ['state', 'rpm', 'temperature', 'load'],
        lastCaches: 1,
        distinctCaches: 1,
      },
      vibration: { tags: ['line', 'machine'], fields: ['x_g', 'y_g'] },
      energy: { tags: ['line', 'meter'], fields: ['kwh', 'power_factor'] },
      alarms: { tags: ['line', 'machine', 'severity'], fields: ['code', 'message'] },
    },
  },
  {
    name: 'billing',
    retentionSeconds: SECONDS.year,
    tables: {
      usage: { tags: ['customer', 'plan'], fields: ['api_calls', 'storage_gb', 'egress_gb'] },
      invoices: { tags: ['customer', 'currency'], fields: ['amount', 'status', 'due_days'] },
    },
  },
  {
    name: 'logs',
    retentionSeconds: 7 * SECONDS.day,
    tables: {
      app_logs: { tags: ['service', 'level', 'host'], fields: ['message', 'trace_id'] },
      nginx_access: { tags: ['host', 'method', 'status'], fields: ['path', 'bytes', 'duration_ms', 'user_agent', 'ip'] },
    },
  },
  {
    name: 'legacy_metrics',
    retentionSeconds: 180 * SECONDS.day,
    tables: { cpu: { tags: ['host', 'cpu'], fields: ['usage_user', 'usage_system', 'usage_idle'] } },
  },
]

function addDatabases(mock: MockInflux, seeds: readonly DatabaseSeed[]): void {
  for (const seed of seeds) {
    mock.addDatabase(seed.name, seed.retentionSeconds)
    for (const [table, columns] of Object.entries(seed.tables)) mock.addTable(seed.name, table, columns)
  }
}

/** The operator token was created first and regenerated since, as on a server in use. */
function operatorToken(now: number): DirectToken {
  return { name: OPERATOR_TOKEN_NAME, createdAt: now - 212 * DAY_MS + 4_321, updatedAt: now - 33 * DAY_MS + 77, updatedBy: 0 }
}

function adminTokens(now: number): DirectToken[] {
  return [
    { name: 'ops-admin', createdAt: now - 160 * DAY_MS, expiry: now - 160 * DAY_MS + SECONDS.year * 1000 },
    { name: 'oncall-breakglass', createdAt: now - 25 * DAY_MS + 250, expiry: now + 3 * DAY_MS },
    { name: 'ci-deploy', createdAt: now - 120 * DAY_MS, expiry: now + 90 * DAY_MS },
    { name: 'migration-2025', createdAt: now - 140 * DAY_MS, expiry: now - 20 * DAY_MS },
  ]
}

async function seedDemo(mock: MockInflux): Promise<string> {
  const now = mock.now()
  addDatabases(mock, DEMO_DATABASES)
  const tokens = await mock.createTokensDirect([
    operatorToken(now),
    ...adminTokens(now),
    { name: 'telegraf-sensors', permissions: 'db:sensors:write', createdAt: now - 150 * DAY_MS },
    { name: 'grafana-sensors', permissions: 'db:sensors:read', createdAt: now - 148 * DAY_MS + 512 },
    { name: 'grafana-dashboards', permissions: 'db:sensors,weather,factory_floor:read', createdAt: now - 95 * DAY_MS },
    {
      name: 'etl-pipeline',
      permissions: 'db:weather,billing:read,write',
      createdAt: now - 80 * DAY_MS,
      expiry: now + 200 * DAY_MS,
    },
    { name: 'analytics-readonly', permissions: 'db:*:read', createdAt: now - 61 * DAY_MS },
    { name: 'factory-bridge', permissions: 'db:factory_floor:write db:sensors:read', createdAt: now - 45 * DAY_MS },
    { name: 'uptime-monitor', permissions: 'system:health,ping:read', createdAt: now - 130 * DAY_MS },
    { name: 'prometheus-scraper', permissions: 'system:metrics:read', createdAt: now - 100 * DAY_MS },
    { name: 'k8s-probes', permissions: 'system:*:read', createdAt: now - 30 * DAY_MS },
    { name: 'telegraf-logs-old', permissions: 'db:logs:write', createdAt: now - 70 * DAY_MS, expiry: now - 10 * DAY_MS },
    { name: 'legacy-metrics-writer', permissions: 'db:legacy_metrics:write', createdAt: now - 190 * DAY_MS },
    {
      name: 'grafana-weather',
      permissions: 'db:weather:read system:health:read',
      createdAt: now - 12 * DAY_MS,
      expiry: now + 5 * DAY_MS,
    },
  ])
  // Deleted after its token was made: the token keeps naming it.
  mock.softDeleteDatabase('legacy_metrics', now - 2 * DAY_MS, now - 2 * DAY_MS + 3 * DAY_MS)
  return tokens[0]?.token ?? ''
}

async function seedCore(mock: MockInflux): Promise<string> {
  const now = mock.now()
  addDatabases(mock, DEMO_DATABASES.slice(0, 4))
  const tokens = await mock.createTokensDirect([
    operatorToken(now),
    ...adminTokens(now),
    { name: 'telegraf-agent', createdAt: now - 150 * DAY_MS },
    { name: 'grafana-admin', createdAt: now - 90 * DAY_MS, expiry: now + 275 * DAY_MS },
  ])
  return tokens[0]?.token ?? ''
}

const TEAMS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka', 'tyrell', 'cyberdyne']
const KINDS = ['metrics', 'sensors', 'logs', 'events', 'traces', 'billing', 'iot', 'weather', 'telemetry', 'audit']
const ENVS = ['prod', 'staging', 'dev', 'qa', 'eu1', 'us1', 'us2', 'ap1', 'edge', 'lab']
const RETENTIONS = [null, 7 * SECONDS.day, 30 * SECONDS.day, 90 * SECONDS.day, SECONDS.year]
const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy']

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T
}

/** Every 9th token expired, every 7th expiring within a month, every 3rd for a year, the rest never. */
function largeExpiry(index: number, createdAt: number, now: number): number | null {
  if (index % 9 === 0) return now - ((index % 60) + 1) * DAY_MS
  if (index % 7 === 0) return now + ((index % 30) + 1) * DAY_MS
  if (index % 3 === 0) return createdAt + SECONDS.year * 1000
  return null
}

/** A deterministic mix of token kinds, created over the past two years. */
function largeToken(index: number, databases: readonly string[], now: number): DirectToken {
  const createdAt = now - ((index * 7919) % 730) * DAY_MS - ((index * 104_729) % DAY_MS)
  const expiry = largeExpiry(index, createdAt, now)
  const db = pick(databases, index * 31)
  const team = pick(TEAMS, index)
  const base = { createdAt, expiry }
  if (index % 50 === 0) return { ...base, name: `admin-${pick(PEOPLE, index / 50)}-${index}` }
  if (index % 10 === 1) return { ...base, name: `uptime-probe-${index}`, permissions: 'system:health,ping:read' }
  if (index % 10 === 2) return { ...base, name: `prometheus-${team}-${index}`, permissions: 'system:metrics:read' }
  switch (index % 4) {
    case 0:
      return { ...base, name: `telegraf-${db}-${index}`, permissions: `db:${db}:write` }
    case 1:
      return {
        ...base,
        name: `grafana-${team}-${index}`,
        permissions: `db:${[...new Set([db, pick(databases, index * 17), pick(databases, index * 13)])].join(',')}:read`,
      }
    case 2:
      return { ...base, name: `etl-${team}-${index}`, permissions: `db:${db}:read,write db:${pick(databases, index * 7)}:read` }
    default:
      return { ...base, name: `analytics-${team}-${index}`, permissions: 'db:*:read' }
  }
}

async function seedLarge(mock: MockInflux): Promise<string> {
  const now = mock.now()
  const databases: string[] = []
  for (const team of TEAMS) {
    for (const kind of KINDS) {
      for (const env of ENVS) {
        const name = `${team}-${kind}-${env}`
        databases.push(name)
        mock.addDatabase(name, pick(RETENTIONS, databases.length))
        mock.addTable(name, kind, { tags: ['host', 'region'], fields: ['value', 'count'] })
        mock.addTable(name, `${kind}_rollup_1h`, { tags: ['region'], fields: ['mean', 'max', 'min'] })
      }
    }
  }
  const [operator] = await mock.createTokensDirect([operatorToken(now)])
  const tokens: DirectToken[] = []
  for (let index = 1; index < 10_000; index++) tokens.push(largeToken(index, databases, now))
  // Nobody is handed these strings, so none is made: 9 999 digests less at every start.
  await mock.createTokensDirect(tokens, { strings: false })
  return operator?.token ?? ''
}

const SCENARIO_FLAVOR: Record<Exclude<Scenario, 'empty'>, Flavor> = { demo: 'enterprise', core: 'core', large: 'enterprise' }

/** Seeds a fresh mock; the mock's flavor must suit the scenario (any flavor for `empty`). */
export async function seedScenario(mock: MockInflux, scenario: Scenario): Promise<{ operatorToken: string | null }> {
  if (scenario === 'empty') return { operatorToken: null }
  if (mock.flavor !== SCENARIO_FLAVOR[scenario])
    throw new Error(`the ${scenario} scenario needs a ${SCENARIO_FLAVOR[scenario]} server`)
  const seeders = { demo: seedDemo, core: seedCore, large: seedLarge }
  return { operatorToken: await seeders[scenario](mock) }
}

/**
 * A new mock seeded with a scenario. `flavor` only chooses for `empty` (default Enterprise).
 * `large` allows 2 000 databases by default: it already holds 1 000, and a real server is
 * never over its limit.
 */
export async function createMock(scenario: Scenario, options: CreateMockOptions = {}): Promise<SeededMock> {
  const flavor = scenario === 'empty' ? (options.flavor ?? 'enterprise') : SCENARIO_FLAVOR[scenario]
  if (options.flavor !== undefined && options.flavor !== flavor) throw new Error(`the ${scenario} scenario is ${flavor} only`)
  const maxDatabases = options.maxDatabases ?? (scenario === 'large' ? 2000 : undefined)
  const mock = new MockInflux({ ...options, flavor, maxDatabases })
  const { operatorToken } = await seedScenario(mock, scenario)
  return { mock, operatorToken }
}
