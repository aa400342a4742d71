/**
 * The mock for Vitest: an msw/node server in front of one mock instance that each test
 * replaces (see src/test/setup.ts), so no state leaks from one test to the next. A test of the
 * InfluxDB 2 product adds that product's mock with `resetInfluxdb2Mock()`; the next `resetMock()`
 * (before every test) takes it away again. A test of Cloud Dedicated or Clustered adds a
 * management API mock with `resetManagementMock`; the setup removes it before the next test.
 * Without them, `/api/v2` and `/api/v0` reach the InfluxDB 3 mock as before (./handlers.ts).
 */
import { setupServer } from 'msw/node'

import type { MockInfluxdb2 } from '../backends/influxdb2/mock/mock-influxdb2'
import {
  createInfluxdb2Mock,
  type CreateInfluxdb2Options,
  type Influxdb2Scenario,
  type SeededInfluxdb2,
} from '../backends/influxdb2/mock/seed'
import { MockInflux, type Scenario } from '../backends/influxdb3/mock/mock-influx'
import { createMock, type CreateMockOptions, type SeededMock } from '../backends/influxdb3/mock/seed'
import type { MockManagement, MockManagementOptions } from '../backends/management/mock/mock-management'
import { createManagementMock, type ManagementScenario } from '../backends/management/mock/seed'
import { createHandlers, type Mocks } from './handlers'

let current = new MockInflux({ flavor: 'enterprise' })
let currentInfluxdb2: MockInfluxdb2 | null = null
let management: MockManagement | null = null

function mocks(): Mocks {
  const held: Mocks = { influxdb3: current }
  if (currentInfluxdb2 !== null) held.influxdb2 = currentInfluxdb2
  if (management !== null) held[management.product] = management
  return held
}

export const server = setupServer(...createHandlers(mocks))

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

/** Puts a freshly seeded management API mock (Cloud Dedicated or Clustered) behind `server`. */
export function resetManagementMock(scenario: ManagementScenario, options: MockManagementOptions): MockManagement {
  management = createManagementMock(scenario, options)
  return management
}

/** Removes the management API mock (the setup does before each test). */
export function clearManagementMock(): void {
  management = null
}
