/**
 * The mock for Vitest: an msw/node server in front of one mock instance that each test
 * replaces (see src/test/setup.ts), so no state leaks from one test to the next.
 */
import { setupServer } from 'msw/node'
import { createHandlers } from './handlers'
import { MockInflux, type Scenario } from '../backends/influxdb3/mock/mock-influx'
import { type CreateMockOptions, type SeededMock, createMock } from '../backends/influxdb3/mock/seed'

let current = new MockInflux({ flavor: 'enterprise' })

export const server = setupServer(...createHandlers(() => ({ influxdb3: current })))

/** Replaces the mock behind `server` with a freshly seeded one. */
export async function resetMock(scenario: Scenario = 'demo', options?: CreateMockOptions): Promise<SeededMock> {
  const seeded = await createMock(scenario, options)
  current = seeded.mock
  return seeded
}

export function currentMock(): MockInflux {
  return current
}
