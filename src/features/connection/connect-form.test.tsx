import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { createInfluxClient } from '../../backends/influxdb3/client'
import { currentMock, resetInfluxdb2Mock, resetManagementMock, resetMock, server } from '../../mocks/node'
import type { AppConfig } from '../../session/app-config'
import { renderApp } from '../../test/render-app'
import { operatorToken } from '../../test/seeded-mock'

const PROXY: AppConfig = {
  mode: 'proxy',
  product: 'influxdb3',
  server: 'http://influx.internal:8181',
  recovery: false,
  demoToken: null,
}
const DIRECT: AppConfig = { mode: 'direct', product: 'influxdb3', server: null, recovery: false, demoToken: null }
const storages = () => ({ tab: sessionStorage, device: localStorage })

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

async function connectWith(token: string, { url }: { url?: string } = {}) {
  const user = userEvent.setup()
  if (url !== undefined) await user.type(await screen.findByLabelText('Server URL'), url)
  await user.type(await screen.findByLabelText('Admin token'), token)
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  return user
}

describe('the connect screen in proxy mode', () => {
  it('shows the proxied server instead of asking for one', async () => {
    renderApp({ session: null, config: PROXY, path: '/connection' })
    expect(await screen.findByText('http://influx.internal:8181')).toBeInTheDocument()
    expect(screen.queryByLabelText('Server URL')).not.toBeInTheDocument()
  })

  it('connects with an admin token and keeps it in this tab only', async () => {
    renderApp({ session: null, config: PROXY, path: '/connection', storages: storages() })
    await connectWith(operatorToken())
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(JSON.stringify({ ...sessionStorage })).toContain(operatorToken())
    expect(JSON.stringify({ ...localStorage })).not.toContain(operatorToken())
  })

  it('remembers the token on this device only when asked, and says what that means', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, config: PROXY, path: '/connection', storages: storages() })
    await user.click(await screen.findByRole('checkbox', { name: 'Remember on this device' }))
    expect(screen.getByText(/anyone who uses this browser profile/)).toBeInTheDocument()
    await connectWith(operatorToken())
    await screen.findByRole('table', { name: 'Tokens' })
    expect(JSON.stringify({ ...localStorage })).toContain(operatorToken())
  })

  it('reveals and hides the token on request', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, config: PROXY, path: '/connection' })
    const field = await screen.findByLabelText('Admin token')
    expect(field).toHaveAttribute('type', 'password')
    expect(field).toHaveAttribute('autocomplete', 'off')
    await user.click(screen.getByRole('button', { name: 'Show token' }))
    expect(field).toHaveAttribute('type', 'text')
    expect(screen.getByRole('button', { name: 'Hide token' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('explains that an unknown token is not valid', async () => {
    renderApp({ session: null, config: PROXY, path: '/connection' })
    await connectWith('apiv3_unknown')
    expect(await screen.findByRole('alert')).toHaveTextContent('This token is not valid (or it has expired).')
  })

  it('explains that a database token is not an admin token', async () => {
    const { token } = await currentMock().createTokenDirect({
      name: 'reader',
      permissions: 'db:sensors:read system:ping:read',
    })
    renderApp({ session: null, config: PROXY, path: '/connection' })
    await connectWith(token)
    expect(await screen.findByRole('alert')).toHaveTextContent('This token is not an admin token')
  })

  it('explains a server that runs without authentication', async () => {
    await resetMock('demo', { withoutAuth: true })
    renderApp({ session: null, config: PROXY, path: '/connection' })
    await connectWith('anything')
    expect(await screen.findByRole('alert')).toHaveTextContent('This server runs without authentication')
  })

  it('explains that the proxy cannot reach the server', async () => {
    server.use(http.get(/\/ping$/, () => new HttpResponse('connect ECONNREFUSED', { status: 502 })))
    renderApp({ session: null, config: PROXY, path: '/connection' })
    await connectWith(operatorToken())
    expect(await screen.findByRole('alert')).toHaveTextContent('The console’s proxy could not reach the InfluxDB 3 server.')
  })

  it('keeps the token field filled after a failure, and nothing is stored', async () => {
    renderApp({ session: null, config: PROXY, path: '/connection', storages: storages() })
    await connectWith('apiv3_unknown')
    await screen.findByRole('alert')
    expect(screen.getByLabelText('Admin token')).toHaveValue('apiv3_unknown')
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain('apiv3_unknown')
  })
})

describe('the connect screen in direct mode', () => {
  it('warns that the browser will hide error details', async () => {
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    expect(await screen.findByText('Direct mode: the browser will hide error details.')).toBeInTheDocument()
  })

  it.each([
    ['javascript:alert(1)', 'Only http:// and https://'],
    ['influx.example.com', 'Start the address with http://'],
    ['http://my host', 'cannot contain spaces'],
  ])('refuses the address %j before sending anything', async (url, reason) => {
    const sent: string[] = []
    server.use(
      http.all(/.*/, ({ request }) => {
        sent.push(request.url)
      }),
    )
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    await connectWith(operatorToken(), { url })
    expect(await screen.findByText(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeInTheDocument()
    expect(sent).toEqual([])
  })

  it('says what is wrong with the address as it is typed, not when the empty field is only left', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    const url = await screen.findByLabelText('Server URL')
    await user.click(url)
    await user.tab()
    expect(url).toBeValid()

    await user.type(url, 'influx.example.com')

    expect(url).toBeInvalid()
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Start the address with http://'))
  })

  it('connects to the server at the given address', async () => {
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    await connectWith(operatorToken(), { url: 'http://influx.example:8181' })
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
  })

  it('says the browser blocked the response when the server answers but CORS hides it', async () => {
    server.use(http.get('http://influx.example:8181/ping', () => HttpResponse.error(), { once: true }))
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    await connectWith(operatorToken(), { url: 'http://influx.example:8181' })
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser blocked the response — use the proxy mode.')
  })

  it('says the server could not be reached when nothing answers', async () => {
    server.use(http.get('http://influx.example:8181/ping', () => HttpResponse.error()))
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    await connectWith(operatorToken(), { url: 'http://influx.example:8181' })
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached.')
  })
})

describe('saved servers', () => {
  it('saves, edits and removes servers by name and URL, never with a token', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    await user.click(await screen.findByRole('button', { name: 'Save a server' }))
    const editor = screen.getByRole('form', { name: 'Save a server' })
    await user.type(within(editor).getByLabelText('Name'), 'production')
    await user.type(within(editor).getByLabelText('URL'), 'https://prod.example:8181/')
    await user.click(within(editor).getByRole('button', { name: 'Save server' }))
    expect(screen.getByText('https://prod.example:8181')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Edit production' }))
    const name = within(screen.getByRole('form', { name: 'Edit production' })).getByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'prod-eu')
    await user.click(screen.getByRole('button', { name: 'Save server' }))
    expect(screen.getByText('prod-eu')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Connect to prod-eu' }))
    expect(screen.getByLabelText('Server URL')).toHaveValue('https://prod.example:8181')
    await user.click(screen.getByRole('button', { name: 'Remove prod-eu' }))
    expect(screen.queryByText('prod-eu')).not.toBeInTheDocument()
    expect(localStorage.getItem('influxdb3-console.servers')).toBe('[]')
  })

  it('refuses a server without a name or with a bad URL', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, config: DIRECT, path: '/connection' })
    await user.click(await screen.findByRole('button', { name: 'Save a server' }))
    await user.type(screen.getByLabelText('URL'), 'ftp://x')
    await user.click(screen.getByRole('button', { name: 'Save server' }))
    expect(screen.getByText('Give the server a name, e.g. production.')).toBeInTheDocument()
    expect(screen.getByText(/Only http:\/\/ and https:\/\//)).toBeInTheDocument()
    expect(localStorage.getItem('influxdb3-console.servers')).toBeNull()
  })
})

describe('a session the server stops accepting', () => {
  it('asks to connect again on top of the page, keeping what was typed, and carries on', async () => {
    const user = userEvent.setup()
    const { token } = await currentMock().createTokenDirect({ name: 'soon-deleted' })
    renderApp({ session: { baseUrl: '', token, demo: false }, config: PROXY, path: '/databases' })
    await screen.findByRole('table', { name: 'Databases' })
    await user.click(screen.getByRole('button', { name: 'Create database' }))
    await user.type(screen.getByLabelText('Database name'), 'keep_me')
    await createInfluxClient({ token: operatorToken() }).deleteToken('soon-deleted')
    await user.click(
      within(screen.getByRole('dialog', { name: 'Create a database' })).getByRole('button', { name: 'Create database' }),
    )
    const reconnect = await screen.findByRole('dialog', { name: 'Connect again' })
    expect(reconnect).toHaveTextContent('The server stopped accepting this console’s token')
    const tokenField = await within(reconnect).findByLabelText('Admin token')
    // Escape neither dismisses the question nor the form underneath it.
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Connect again' })).toBeInTheDocument()
    expect(screen.getByDisplayValue('keep_me')).toBeInTheDocument()
    await user.type(tokenField, operatorToken())
    await user.click(within(reconnect).getByRole('button', { name: /^Connect$/ }))
    // The check of the new token runs first (its code loads on demand): wait for the dialog to go.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Connect again' })).not.toBeInTheDocument())
    expect(screen.getByLabelText('Database name')).toHaveValue('keep_me')
  })
})

describe('the connect screen for other products, in direct mode', () => {
  it('asks Cloud Dedicated for its account and cluster, refuses them empty, and connects with them', async () => {
    const mock = resetManagementMock('demo', { product: 'cloud-dedicated' })
    const user = userEvent.setup()
    const { store } = renderApp({ session: null, config: DIRECT, path: '/connection' })
    await user.selectOptions(await screen.findByLabelText('Product'), 'InfluxDB Cloud Dedicated')
    await user.type(await screen.findByLabelText('Management token'), mock.managementToken)
    await user.type(screen.getByLabelText('Server URL'), 'https://console.example.com')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(screen.getByLabelText('Account ID')).toHaveAccessibleDescription(/Enter it/)
    expect(store.get()).toBeNull()

    await user.type(screen.getByLabelText('Account ID'), mock.accountId)
    await user.type(screen.getByLabelText('Cluster ID'), mock.clusterId)
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(store.get()).toMatchObject({
      product: 'cloud-dedicated',
      scope: { accountId: mock.accountId, clusterId: mock.clusterId },
    })
  })

  it('asks which organization when an InfluxDB 2 token reaches several, and works in the one chosen', async () => {
    const seeded = resetInfluxdb2Mock('demo')
    const user = userEvent.setup()
    const { store } = renderApp({ session: null, config: DIRECT, path: '/connection' })
    await user.selectOptions(await screen.findByLabelText('Product'), 'InfluxDB 2 / InfluxDB Cloud')
    await user.type(await screen.findByLabelText('API token'), seeded.operatorToken ?? '')
    expect(screen.queryByRole('link', { name: 'Lost the operator token?' })).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Server URL'), 'http://influx2.example:8086')
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    const orgs = await screen.findByRole('group', { name: 'Organization' })
    const choices = within(orgs).getAllByRole('radio')
    expect(choices.length).toBeGreaterThan(1)
    expect(store.get()).toBeNull()
    await user.click(within(orgs).getByRole('radio', { name: seeded.org?.name ?? '' }))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
    expect(store.get()).toMatchObject({ product: 'influxdb2', scope: { orgID: seeded.org?.id } })
  })
})
