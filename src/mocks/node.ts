/**
 * The mock for Vitest: an msw/node server in front of one mock instance that each test
 * replaces (see src/test/setup.ts), so no state leaks from one test to the next. A test of
 * Cloud Dedicated or Clustered adds a management API mock with `resetManagementMock`; the setup
 * removes it before the next test, and without one `/api/v0` reaches the InfluxDB 3 mock as before.
 */
import { setupServer } from 'msw/node'
import { type Mocks, createHandlers } from './handlers'
import { MockInflux, type Scenario } from '../backends/influxdb3/mock/mock-influx'
import { type CreateMockOptions, type SeededMock, createMock } from '../backends/influxdb3/mock/seed'
import type { MockManagement, MockManagementOptions } from '../backends/management/mock/mock-management'
import { type ManagementScenario, createManagementMock } from '../backends/management/mock/seed'

let current = new MockInflux({ flavor: 'enterprise' })
let management: MockManagement | null = null

function mocks(): Mocks {
  if (management === null) return { influxdb3: current }
  return { influxdb3: current, [management.product]: management }
}

export const server = setupServer(...createHandlers(mocks))

/** Replaces the mock behind `server` with a freshly seeded one. */
export async function resetMock(scenario: Scenario = 'demo', options?: CreateMockOptions): Promise<SeededMock> {
  const seeded = await createMock(scenario, options)
  current = seeded.mock
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
