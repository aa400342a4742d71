/**
 * The InfluxDB 2 demo for component tests: a freshly seeded v2 mock and the app connected to it
 * as its operator token, in the seeded org. Tests using it load the product first
 * (`await loadProduct('influxdb2')` in `beforeAll`), as the app does before it renders.
 */
import userEvent from '@testing-library/user-event'

import type { CreateInfluxdb2Options, SeededInfluxdb2 } from '../backends/influxdb2/mock/seed'
import { resetInfluxdb2Mock } from '../mocks/node'
import { renderApp } from './render-app'

export function openInfluxdb2(
  path: string,
  options?: CreateInfluxdb2Options,
): ReturnType<typeof renderApp> & { seeded: SeededInfluxdb2; user: ReturnType<typeof userEvent.setup> } {
  const seeded = resetInfluxdb2Mock('demo', options)
  const user = userEvent.setup({ delay: null })
  const app = renderApp({
    path,
    session: {
      product: 'influxdb2',
      scope: { orgID: seeded.org?.id ?? '' },
      baseUrl: '',
      token: seeded.operatorToken ?? '',
      demo: true,
    },
  })
  return { ...app, seeded, user }
}
