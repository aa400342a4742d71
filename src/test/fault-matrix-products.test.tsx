/**
 * The fault matrix for the products beside InfluxDB 3 (fault-matrix.test.tsx covers InfluxDB 3):
 * each read the InfluxDB 2 and management-API screens make × a server error, a lost network, an
 * answer of the wrong shape and (InfluxDB 2) a 401 that names a missing permission. Each case
 * checks that the failure is said where the read was made, and that Retry works once the fault is
 * gone. Faults are injected in front of the mock, only for the row's own request and only while armed.
 *
 * The mutations are elsewhere: InfluxDB 2's (create, status, description, delete, bucket changes)
 * in fault-matrix-influxdb2.test.tsx; the management API's in their own files.
 */
import { configure, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../backends/registry'
import { resetManagementMock, server } from '../mocks/node'
import { openInfluxdb2 } from './influxdb2'
import { renderApp } from './render-app'

configure({ asyncUtilTimeout: 5000 })

beforeAll(async () => {
  await Promise.all([loadProduct('influxdb2'), loadProduct('clustered'), import('../features/tokens/create/token-form')])
})

const FAULTS = ['500', 'network', 'invalid', 'not-permitted'] as const
type Fault = (typeof FAULTS)[number]

interface Row {
  name: string
  product: 'influxdb2' | 'clustered'
  method: string
  path: string
  /** Renders and walks to where the read happens; the fault is armed before. */
  open: () => Promise<HTMLElement>
  title: string
  succeeded: (where: HTMLElement) => Promise<void>
}

function openClustered(path: string) {
  const mock = resetManagementMock('demo', { product: 'clustered' })
  renderApp({ path, session: { product: 'clustered', baseUrl: '', token: mock.managementToken, demo: true } })
}

async function openV2Grid(): Promise<HTMLElement> {
  const { user } = openInfluxdb2('/tokens')
  await user.click(await screen.findByRole('button', { name: 'Create token' }))
  const chooser = screen.getByRole('dialog', { name: 'Create a token' })
  await user.click(within(chooser).getByRole('radio', { name: 'Custom token' }))
  await user.click(within(chooser).getByRole('button', { name: 'Next' }))
  return screen.findByRole('dialog', { name: 'Create a custom token' })
}

const ROWS: Row[] = [
  {
    name: 'InfluxDB 2: list authorizations (token page)',
    product: 'influxdb2',
    method: 'GET',
    path: '/api/v2/authorizations',
    open: () => Promise.resolve(openInfluxdb2('/tokens') && document.body),
    title: 'Could not load the tokens.',
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    },
  },
  {
    name: 'InfluxDB 2: list buckets (buckets page)',
    product: 'influxdb2',
    method: 'GET',
    path: '/api/v2/buckets',
    open: () => Promise.resolve(openInfluxdb2('/databases') && document.body),
    title: 'Could not load the buckets.',
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Buckets' })).toBeInTheDocument()
    },
  },
  {
    name: 'InfluxDB 2: list telegrafs (create form)',
    product: 'influxdb2',
    method: 'GET',
    path: '/api/v2/telegrafs',
    open: openV2Grid,
    title: 'Could not load the telegrafs to choose from.',
    succeeded: async (where) => {
      expect(await within(where).findByRole('grid', { name: 'Telegraf permissions' })).toBeInTheDocument()
    },
  },
  {
    name: 'Clustered: list database tokens (token page)',
    product: 'clustered',
    method: 'GET',
    path: '/api/v0/tokens',
    open: () => Promise.resolve((openClustered('/tokens'), document.body)),
    title: 'Could not load the tokens.',
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    },
  },
  {
    name: 'Clustered: list databases (databases page)',
    product: 'clustered',
    method: 'GET',
    path: '/api/v0/databases',
    open: () => Promise.resolve((openClustered('/databases'), document.body)),
    title: 'Could not load the databases.',
    succeeded: async () => {
      expect(await screen.findByRole('table', { name: 'Databases' })).toBeInTheDocument()
    },
  },
]

/** The product's own error bodies: v2's `{code: string, message}`, the management API's `{code: number, message}`. */
function faultResponse(row: Row, fault: Fault): Response {
  const v2 = row.product === 'influxdb2'
  const body = (status: number, code: string, message: string) =>
    HttpResponse.json({ code: v2 ? code : status, message }, { status, headers: v2 ? { 'X-Platform-Error-Code': code } : {} })
  switch (fault) {
    case '500':
      return body(500, 'internal error', 'store unavailable')
    case 'network':
      return HttpResponse.error()
    case 'invalid':
      return HttpResponse.json({ unexpected: true }, { status: 200 })
    case 'not-permitted':
      return v2
        ? body(401, 'unauthorized', `read:orgs/0000000000000001/${row.path.split('/').pop() ?? ''} is unauthorized`)
        : body(403, 'forbidden', 'permission denied')
  }
}

const SAYS: Record<Fault, RegExp> = {
  '500': /answered 500: store unavailable/,
  network: /could not be reached/,
  invalid: /did not have the expected shape/,
  'not-permitted': /(is unauthorized|permission denied)/,
}

describe.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
  it.each(FAULTS)('fails with %s, says so where it was read, and Retry works once the fault is gone', async (fault) => {
    let armed = true
    server.use(
      http.all(/.*/, ({ request }) => {
        const url = new URL(request.url)
        if (!armed || request.method !== row.method || url.pathname !== row.path) return undefined
        return faultResponse(row, fault)
      }),
    )
    const where = await row.open()
    const alert = await within(where).findByRole('alert')
    expect(alert).toHaveTextContent(row.title)
    expect(alert).toHaveTextContent(SAYS[fault])
    // A permission refused mid-session is not an expired one: no "Connect again".
    expect(screen.queryByRole('dialog', { name: 'Connect again' })).not.toBeInTheDocument()
    armed = false
    await within(alert)
      .findByRole('button', { name: 'Retry' })
      .then((button) => button.click())
    await row.succeeded(where)
  })
})
