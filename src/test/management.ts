/**
 * The Cloud Dedicated demo for component tests: a freshly seeded management API mock and the
 * app connected to it as its management token, in the mock's account and cluster. Tests using
 * it load the product first (`await loadProduct('cloud-dedicated')` in `beforeAll`), as the app
 * does before it renders.
 */
import userEvent from '@testing-library/user-event'

import type { MockManagement } from '../backends/management/mock/mock-management'
import { resetManagementMock } from '../mocks/node'
import { renderApp } from './render-app'

/** Where the Cloud Dedicated mock answers, for `server.use` overrides: `…/tokens/*`, `…/databases/*`. */
export const DEDICATED_API = '*/api/v0/accounts/*/clusters/*'

export function openDedicated(path: string): ReturnType<typeof renderApp> & {
  mock: MockManagement
  user: ReturnType<typeof userEvent.setup>
} {
  const mock = resetManagementMock('demo', { product: 'cloud-dedicated' })
  const user = userEvent.setup({ delay: null })
  const app = renderApp({
    path,
    session: {
      product: 'cloud-dedicated',
      scope: { accountId: mock.accountId, clusterId: mock.clusterId },
      baseUrl: '',
      token: mock.managementToken,
      demo: true,
    },
  })
  return { ...app, mock, user }
}
