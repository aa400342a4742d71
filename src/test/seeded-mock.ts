/**
 * The mock every test starts from: src/test/setup.ts seeds the `demo` scenario before each test,
 * and tests read its operator token here instead of seeding it again.
 */
import type { SeededMock } from '../backends/influxdb3/mock/seed'
import { clearManagementMock, currentMock, resetMock } from '../mocks/node'

let seeded: SeededMock | null = null

/** Called by the setup before each test; tests that need another scenario call `resetMock` themselves. */
export async function seedDemo(): Promise<void> {
  clearManagementMock()
  seeded = await resetMock('demo')
}

/** The `_admin` token string of this test's demo mock. */
export function operatorToken(): string {
  // After a test's own `resetMock` this string no longer opens the mock: say so rather than fail later with a 401.
  if (!seeded?.operatorToken || seeded.mock !== currentMock()) {
    throw new Error('The mock was reseeded in this test: use the operator token its resetMock() returned.')
  }
  return seeded.operatorToken
}
