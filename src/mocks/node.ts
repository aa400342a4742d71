/**
 * The mock for Vitest: an msw/node server in front of one mock instance that each test
 * replaces (see src/test/setup.ts), so no state leaks from one test to the next. A test of the
 * InfluxDB 2 product adds that product's mock with `resetInfluxdb2Mock()`; the next `resetMock()`
 * (before every test) takes it away again (the routing rule is in ./handlers.ts).
 */
import { setupServer } from 'msw/node'
import { type CreateInfluxdb2Options, type Influxdb2Scenario, type SeededInfluxdb2, createInfluxdb2Mock } from '../backends/influxdb2/mock/seed'
import type { MockInfluxdb2 } from '../backends/influxdb2/mock/mock-influxdb2'
import { createHandlers } from './handlers'
import { MockInflux, type Scenario } from '../backends/influxdb3/mock/mock-influx'
import { type CreateMockOptions, type SeededMock, createMock } from '../backends/influxdb3/mock/seed'

let current = new MockInflux({ flavor: 'enterprise' })
let currentInfluxdb2: MockInfluxdb2 | null = null

export const server = setupServer(
  ...createHandlers(() => (currentInfluxdb2 === null ? { influxdb3: current } : { influxdb3: current, influxdb2: currentInfluxdb2 })),
)

/** Replaces the mock behind `server` with a freshly seeded one (and drops any InfluxDB 2 mock). */
export async function resetMock(scenario: Scenario = 'demo', options?: CreateMockOptions): Promise<SeededMock> {
  const seeded = await createMock(scenario, options)
  current = seeded.mock
  currentInfluxdb2 = null
  return seeded
}

/** Adds a freshly seeded InfluxDB 2 / Cloud mock for the rest of the test. */
export function resetInfluxdb2Mock(scenario: Influxdb2Scenario = 'demo', options?: CreateInfluxdb2Options): SeededInfluxdb2 {
  const seeded = createInfluxdb2Mock(scenario, options)
  currentInfluxdb2 = seeded.mock
  return seeded
}

export function currentMock(): MockInflux {
  return current
}
