/**
 * The mock in the browser for the demo build: a service worker (MSW) answers the console's calls
 * from one product's mock, seeded with a scenario. Loaded only by a dynamic import.
 *
 * `?scenario=influxdb2` and `?scenario=cloud-serverless` (and `influxdb2-large`) start the
 * InfluxDB 2 / Cloud mock; `?scenario=cloud-dedicated` or `?scenario=clustered` (and `…-large`)
 * the management API mock. The session must then name the `product` this returns, with its
 * `scope` (main.tsx builds the demo session from it).
 */
import { type SetupWorker, setupWorker } from 'msw/browser'

import type { Flavor as Influxdb2Flavor } from '../backends/influxdb2/mock/mock-influxdb2'
import { createInfluxdb2Mock, type Influxdb2Scenario } from '../backends/influxdb2/mock/seed'
import { scenarioNamed } from '../backends/influxdb3/mock/mock-influx'
import { createMock } from '../backends/influxdb3/mock/seed'
import { managementScenarioNamed } from '../backends/management/mock/scenarios'
import { createManagementMock } from '../backends/management/mock/seed'
import type { ProductId } from '../backends/registry'
import { createHandlers, type Mocks } from './handlers'

let current: Mocks | null = null
let worker: SetupWorker | null = null

/** The demo scenarios of the v2 products, as `?scenario=` names them. */
const INFLUXDB2_SCENARIOS: Record<string, { flavor: Influxdb2Flavor; scenario: Influxdb2Scenario }> = {
  influxdb2: { flavor: 'influxdb2', scenario: 'demo' },
  'influxdb2-large': { flavor: 'influxdb2', scenario: 'large' },
  'cloud-serverless': { flavor: 'cloud-serverless', scenario: 'demo' },
}

export interface DemoServer {
  /** The product the session must connect to. */
  product: ProductId
  /** The credential of the session: InfluxDB 3's or InfluxDB 2's operator token, or the management token. */
  operatorToken: string | null
  /** The mock's edition: InfluxDB 3's `core`/`enterprise`, the v2 flavor, or the management product. */
  flavor: string
  /** The session's scope: InfluxDB 2's `orgID`, Cloud Dedicated's `accountId` and `clusterId`; empty otherwise. */
  scope: Readonly<Record<string, string>>
}

async function seed(requested: string | null): Promise<{ mocks: Mocks; server: DemoServer }> {
  const v2 = requested === null ? undefined : INFLUXDB2_SCENARIOS[requested]
  if (v2 !== undefined) {
    const { mock, operatorToken, org } = createInfluxdb2Mock(v2.scenario, { flavor: v2.flavor })
    const scope: Record<string, string> = org === null ? {} : { orgID: org.id }
    return { mocks: { influxdb2: mock }, server: { product: 'influxdb2', operatorToken, flavor: v2.flavor, scope } }
  }
  const management = managementScenarioNamed(requested)
  if (management !== null) {
    const mock = createManagementMock(management.scenario, { product: management.product })
    const scope: Record<string, string> =
      management.product === 'cloud-dedicated' ? { accountId: mock.accountId, clusterId: mock.clusterId } : {}
    return {
      mocks: { [management.product]: mock },
      server: { product: management.product, operatorToken: mock.managementToken, flavor: management.product, scope },
    }
  }
  const { mock, operatorToken } = await createMock(scenarioNamed(requested))
  return { mocks: { influxdb3: mock }, server: { product: 'influxdb3', operatorToken, flavor: mock.flavor, scope: {} } }
}

/** Starts the worker once; a later call swaps in a freshly seeded mock. */
/** `requested` is the page's `?scenario=`; an unknown or missing one is the InfluxDB 3 demo. */
export async function startDemoServer(requested: string | null): Promise<DemoServer> {
  const { mocks, server } = await seed(requested)
  current = mocks
  if (worker === null) {
    const started = setupWorker(
      ...createHandlers(() => {
        if (current === null) throw new Error('the demo server has no mock')
        return current
      }),
    )
    await started.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    })
    worker = started
  }
  return server
}
