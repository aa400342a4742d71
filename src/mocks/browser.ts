/**
 * The mock in the browser for the demo build: a service worker (MSW) answers the console's
 * calls from a mock seeded with a scenario. Loaded only by a dynamic import.
 *
 * `?scenario=cloud-dedicated` or `?scenario=clustered` (and `…-large`) starts the management
 * API mock instead of InfluxDB 3's: the app must then connect its session to the `product`
 * this returns, with `scope` (main.tsx builds the session from it; today it reads only
 * `operatorToken`, so it still connects as InfluxDB 3).
 */
import { type SetupWorker, setupWorker } from 'msw/browser'
import { type Mocks, createHandlers } from './handlers'
import type { ProductId } from '../backends/port'
import { scenarioNamed, type Flavor } from '../backends/influxdb3/mock/mock-influx'
import { createMock } from '../backends/influxdb3/mock/seed'
import { managementScenarioNamed } from '../backends/management/mock/scenarios'
import { createManagementMock } from '../backends/management/mock/seed'

let current: Mocks | null = null
let worker: SetupWorker | null = null

export interface DemoServer {
  /** The product the session must connect to. */
  product: ProductId
  /** The credential of the session: InfluxDB 3's operator token, or the management token. */
  operatorToken: string | null
  /** InfluxDB 3's flavor; `enterprise` for the management products, where it means nothing. */
  flavor: Flavor
  /** The session's scope: Cloud Dedicated's `accountId` and `clusterId`; empty otherwise. */
  scope: Readonly<Record<string, string>>
}

async function seed(requested: string | null): Promise<{ mocks: Mocks; server: DemoServer }> {
  const management = managementScenarioNamed(requested)
  if (management !== null) {
    const mock = createManagementMock(management.scenario, { product: management.product })
    const scope: Record<string, string> =
      management.product === 'cloud-dedicated' ? { accountId: mock.accountId, clusterId: mock.clusterId } : {}
    return {
      mocks: { [management.product]: mock },
      server: { product: management.product, operatorToken: mock.managementToken, flavor: 'enterprise', scope },
    }
  }
  const { mock, operatorToken } = await createMock(scenarioNamed(requested))
  return { mocks: { influxdb3: mock }, server: { product: 'influxdb3', operatorToken, flavor: mock.flavor, scope: {} } }
}

/** Starts the worker once; a later call swaps in a freshly seeded mock. */
/** `requested` is the page's `?scenario=`; an unknown or missing one is the demo. */
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
