import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { resetInfluxdb2Mock, resetMock, server } from '../../../mocks/node'
import type { AppConfig } from '../../../session/app-config'
import { renderApp } from '../../../test/render-app'

const PROXY: AppConfig = { mode: 'proxy', product: 'influxdb3', server: 'http://fresh:8181', recovery: false, demoToken: null }
const BOOTSTRAP = /\/api\/v3\/configure\/token\/admin$/

beforeEach(async () => {
  sessionStorage.clear()
  localStorage.clear()
  await resetMock('empty')
})

async function openOffer(config: AppConfig = PROXY) {
  const user = userEvent.setup()
  renderApp({ session: null, config, path: '/connection', storages: { tab: sessionStorage, device: localStorage } })
  const offer = await screen.findByRole('region', { name: 'New server' })
  await user.click(within(offer).getByRole('button', { name: 'Create the operator token' }))
  const dialog = await screen.findByRole('dialog', { name: 'Create the operator token' })
  return { user, dialog }
}

describe('creating the operator token of a fresh server', () => {
  it('creates it without a token, reveals it once, and connects with it', async () => {
    const sent: (string | null)[] = []
    server.events.on('request:start', ({ request }) => {
      if (BOOTSTRAP.test(new URL(request.url).pathname)) sent.push(request.headers.get('authorization'))
    })
    const { user, dialog } = await openOffer()
    await user.click(within(dialog).getByRole('button', { name: 'Create the operator token' }))

    const reveal = await screen.findByRole('dialog', { name: 'Operator token created' })
    const secret = (await within(reveal).findByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })).value
    expect(secret).toMatch(/^apiv3_[A-Za-z0-9_-]{86}$/)
    expect(sent).toEqual([null])
    await user.click(within(reveal).getByRole('button', { name: 'Copy token' }))
    await user.click(within(reveal).getByRole('button', { name: 'Done' }))

    expect(await screen.findByRole('table', { name: 'Tokens' })).toHaveTextContent('_admin')
    // The string lives in this tab's session only, never on the device.
    expect(JSON.stringify({ ...localStorage })).not.toContain(secret)
    server.events.removeAllListeners()
  })

  it('asks before closing an uncopied token, then still connects with it', async () => {
    const { user, dialog } = await openOffer()
    await user.click(within(dialog).getByRole('button', { name: 'Create the operator token' }))
    const reveal = await screen.findByRole('dialog', { name: 'Operator token created' })
    await user.click(await within(reveal).findByRole('button', { name: 'Done' }))
    expect(within(reveal).getByText('Close without copying?')).toBeInTheDocument()
    await user.click(within(reveal).getByRole('button', { name: 'Close without copying' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
  })

  it('says when the server already has an operator token and points to the lost-token page', async () => {
    await resetMock('demo')
    const { user, dialog } = await openOffer()
    await user.click(within(dialog).getByRole('button', { name: 'Create the operator token' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This server already has an operator token.')
    expect(within(dialog).queryByRole('button', { name: /Retry|Create the operator token/ })).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('link', { name: 'Lost the operator token?' }))
    expect(await screen.findByRole('heading', { name: 'Lost the operator token?' })).toBeInTheDocument()
  })

  it.each([
    [
      'the proxy cannot reach the server',
      () => new HttpResponse('connect ECONNREFUSED', { status: 502 }),
      'The console’s proxy could not reach the server.',
    ],
    [
      'the server runs without authentication',
      () => new HttpResponse('endpoint disabled, started without auth', { status: 405 }),
      'This server runs without authentication',
    ],
    ['the console’s server does not answer', () => HttpResponse.error(), 'The server could not be reached.'],
  ])('explains when %s, and retries', async (_case, answer, message) => {
    server.use(http.post(BOOTSTRAP, answer, { once: true }))
    const { user, dialog } = await openOffer()
    await user.click(within(dialog).getByRole('button', { name: 'Create the operator token' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message)

    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('dialog', { name: 'Operator token created' })).toBeInTheDocument()
  })

  it('is not offered where the console cannot create the first token, which says how instead', async () => {
    resetInfluxdb2Mock('demo')
    // The app loads the configured product's code before it renders (main.tsx).
    await loadProduct('influxdb2')
    renderApp({ session: null, config: { ...PROXY, product: 'influxdb2' }, path: '/connection' })
    expect(await screen.findByText('New InfluxDB 2 server with no token yet?')).toBeInTheDocument()
    expect(screen.getByText('influx setup --host http://127.0.0.1:8086')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Create the operator token' })).not.toBeInTheDocument()
  })
})
