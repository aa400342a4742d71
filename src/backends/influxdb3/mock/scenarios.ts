/** The mock's demo scenarios: the one home of this list. */
/** As `?scenario=` names them. */
export const SCENARIOS = ['demo', 'core', 'empty', 'large'] as const
export type Scenario = (typeof SCENARIOS)[number]

/** A scenario named in a URL, or the demo when it names none the mock knows. */
export function scenarioNamed(requested: string | null): Scenario {
  return SCENARIOS.find((scenario) => scenario === requested) ?? 'demo'
}
