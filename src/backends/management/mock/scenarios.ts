/** The management mock's scenarios, and the demo's `?scenario=` names for them: the one home of both lists. */
import type { ManagementProduct } from './mock-management'

export const MANAGEMENT_SCENARIOS = ['empty', 'demo', 'large'] as const
export type ManagementScenario = (typeof MANAGEMENT_SCENARIOS)[number]

/** `?scenario=` in the demo: the product, and `-large` for 10 000 tokens and 500 databases. */
const DEMO_SCENARIOS: Record<string, { product: ManagementProduct; scenario: ManagementScenario }> = {
  'cloud-dedicated': { product: 'cloud-dedicated', scenario: 'demo' },
  clustered: { product: 'clustered', scenario: 'demo' },
  'cloud-dedicated-large': { product: 'cloud-dedicated', scenario: 'large' },
  'clustered-large': { product: 'clustered', scenario: 'large' },
}

/** The management product and scenario a demo URL names, or null when it names an InfluxDB 3 one. */
export function managementScenarioNamed(requested: string | null) {
  return requested !== null && Object.hasOwn(DEMO_SCENARIOS, requested) ? (DEMO_SCENARIOS[requested] ?? null) : null
}
