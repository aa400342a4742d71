/**
 * The mock in the browser for the demo build: a service worker (MSW) answers the console's
 * InfluxDB 3 calls from a mock seeded with a scenario. Loaded only by a dynamic import.
 */
import { type SetupWorker, setupWorker } from 'msw/browser'
import { createHandlers } from './handlers'
import { scenarioNamed, type Flavor, type MockInflux } from '../backends/influxdb3/mock/mock-influx'
import { createMock } from '../backends/influxdb3/mock/seed'

let current: MockInflux | null = null
let worker: SetupWorker | null = null

/** Starts the worker once; a later call swaps in a freshly seeded mock. */
/** `requested` is the page's `?scenario=`; an unknown or missing one is the demo. */
export async function startDemoServer(requested: string | null): Promise<{ operatorToken: string | null; flavor: Flavor }> {
  const { mock, operatorToken } = await createMock(scenarioNamed(requested))
  current = mock
  if (worker === null) {
    const started = setupWorker(
      ...createHandlers(() => {
        if (current === null) throw new Error('the demo server has no mock')
        return { influxdb3: current }
      }),
    )
    await started.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    })
    worker = started
  }
  return { operatorToken, flavor: mock.flavor }
}
