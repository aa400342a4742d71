// Templates for common jobs and create forms as links, against the mock.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import { resetMock, server } from '../../../mocks/node'
import { demoSession, renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'
import { templateDate } from './templates'

// The dialog's steps load on first use; loaded here, a test's time is its own (the machine is shared).
beforeAll(async () => {
  await Promise.all([import('./prefill-step'), import('../reveal/token-reveal'), import('../reveal/recorded-expiry')])
}, 60_000)

const param = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

async function openChooser(token?: string) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path: '/tokens', session: token === undefined ? undefined : demoSession(token) })
  await screen.findByRole('table', { name: 'Tokens' })
  await user.click(screen.getByRole('button', { name: 'Create token' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a token' })
  return { ...app, user, dialog }
}

describe('templates', () => {
  it('turns “Telegraf writer” into a dated database token that writes the database the user picks', async () => {
    const bodies: unknown[] = []
    server.use(
      http.post('*/api/v3/enterprise/configure/token', async ({ request }) => {
        bodies.push(await request.clone().json())
      }),
    )
    const { user, dialog } = await openChooser()
    await user.click(await within(dialog).findByRole('button', { name: 'Telegraf writer' }))

    // Label queries and the dialog's own name: role queries over the page are slow in jsdom, and the machine is shared.
    const name = `telegraf-writer-${templateDate(Date.now())}`
    expect(await within(dialog).findByLabelText('Name')).toHaveValue(name)
    expect(dialog).toHaveAccessibleName('Create a database token')
    expect(within(dialog).getByText('Tick Write for each database Telegraf writes to.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('1 year')).toBeChecked()
    const create = within(dialog).getByRole('button', { name: 'Create token' })
    expect(create).toBeDisabled()

    await user.click(await within(dialog).findByLabelText('Write weather'))
    await user.click(create)
    await waitFor(() => expect(dialog).toHaveAccessibleName(`Token “${name}” created`))
    expect(bodies).toEqual([
      {
        token_name: name,
        permissions: [{ resource_type: 'db', resource_names: ['weather'], actions: ['write'] }],
        expiry_secs: 31_557_600,
      },
    ])
  })

  it('fills the monitor as a system token on every endpoint, and Back returns to the choices', async () => {
    const { user, dialog } = await openChooser()
    await user.click(await within(dialog).findByRole('button', { name: 'Health and metrics monitor' }))
    const all = await within(dialog).findByRole('checkbox', { name: /All system endpoints/ })
    expect(all).toBeChecked()
    expect(dialog).toHaveAccessibleName('Create a system token')
    await user.click(within(dialog).getByRole('button', { name: 'Back' }))
    expect(await within(dialog).findByRole('button', { name: 'CI admin for 7 days' })).toBeInTheDocument()
    expect(within(dialog).getByRole('radio', { name: 'Admin token' })).toBeInTheDocument()
  })

  it('is operated from the keyboard: Tab reaches a template, Enter opens its form', async () => {
    const { user, dialog } = await openChooser()
    const ci = await within(dialog).findByRole('button', { name: 'CI admin for 7 days' })
    const focused = () => ci.matches(':focus')
    for (let step = 0; step < 20 && !focused(); step++) await user.tab()
    expect(ci).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await within(dialog).findByRole('textbox', { name: 'Name' })).toHaveValue(`ci-admin-${templateDate(Date.now())}`)
    expect(within(dialog).getByRole('radio', { name: '7 days' })).toBeChecked()
  })

  it('on Core, says why the resource-token templates cannot be used', async () => {
    const core = await resetMock('core')
    const { dialog } = await openChooser(core.operatorToken ?? '')
    await screen.findByLabelText(/^Connected to InfluxDB 3 Core/)
    const reader = await within(dialog).findByRole('button', { name: 'Grafana reader' })
    expect(reader).toBeDisabled()
    expect(reader).toHaveAccessibleDescription(/Not available: Resource tokens need InfluxDB 3 Enterprise/)
    expect(within(dialog).getByRole('button', { name: 'CI admin for 7 days' })).toBeEnabled()
  })
})

describe('a create form as a link', () => {
  it('copies the form as a link that holds its values and no token string', async () => {
    const { user, dialog } = await openChooser()
    await user.click(await within(dialog).findByRole('button', { name: 'Grafana reader' }))
    const grid = await within(dialog).findByRole('grid', { name: 'Database permissions' })
    await user.click(within(grid).getByRole('checkbox', { name: 'Read sensors' }))
    await user.click(within(dialog).getByRole('button', { name: 'Copy as link' }))

    expect(await within(dialog).findByText('Link copied to the clipboard.')).toBeInTheDocument()
    const link = within(dialog).getByRole('textbox', { name: 'Link to this draft' })
    const url = new URL((link as HTMLInputElement).value)
    expect(url.pathname).toBe('/tokens')
    expect(await navigator.clipboard.readText()).toBe(url.toString())
    const draft = JSON.parse(Buffer.from(url.searchParams.get('draft') ?? '', 'base64url').toString()) as unknown
    expect(draft).toEqual({
      v: 1,
      type: 'database',
      name: `grafana-reader-${templateDate(Date.now())}`,
      read: ['sensors'],
      write: [],
      expiry: '1y',
    })
    expect(url.toString()).not.toContain(operatorToken())
    expect(url.toString()).not.toMatch(/apiv3_/)
  })

  it('opens the same draft from the link, and creates it', async () => {
    const user = userEvent.setup({ delay: null })
    const { router } = renderApp({
      path: `/tokens?draft=${param({ v: 1, type: 'database', name: 'from-a-link', read: ['weather'], write: [], expiry: '30d' })}`,
    })
    const dialog = await screen.findByRole('dialog', { name: 'Create a token from a link' })
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(await within(dialog).findByRole('textbox', { name: 'Name' })).toHaveValue('from-a-link')
    expect(within(dialog).getByRole('radio', { name: '30 days' })).toBeChecked()
    const grid = await within(dialog).findByRole('grid', { name: 'Database permissions' })
    expect(within(grid).getByRole('checkbox', { name: 'Read weather' })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))
    expect(await screen.findByRole('dialog', { name: 'Token “from-a-link” created' })).toBeInTheDocument()
  })

  it('marks a grant on a database the server does not have, and holds Create until it is removed', async () => {
    const user = userEvent.setup({ delay: null })
    renderApp({ path: `/tokens?draft=${param({ v: 1, type: 'database', name: 'ghost-reader', read: ['weather', 'ghost'] })}` })
    const dialog = await screen.findByRole('dialog', { name: 'Create a token from a link' })
    const grid = await within(dialog).findByRole('grid', { name: 'Database permissions' })
    expect(within(grid).getByRole('rowheader', { name: /ghost/ })).toHaveTextContent('not on the server')
    const error = await within(dialog).findByRole('alert')
    expect(error).toHaveTextContent('“ghost” is not a database on this server: untick it to create the token')
    const create = within(dialog).getByRole('button', { name: 'Create token' })
    expect(create).toBeDisabled()

    await user.click(within(grid).getByRole('checkbox', { name: 'Read ghost' }))
    await waitFor(() => expect(create).toBeEnabled())
    expect(within(dialog).queryByText(/is not a database on this server/)).not.toBeInTheDocument()
  })

  it('says what it ignored in a tampered link, and fills the rest', async () => {
    renderApp({ path: `/tokens?draft=${param({ v: 1, type: 'admin', name: 'ops', token: 'apiv3_x', read: ['a'] })}` })
    const dialog = await screen.findByRole('dialog', { name: 'Create a token from a link' })
    expect(await within(dialog).findByText(/fields this console does not know \(token\)/)).toBeInTheDocument()
    expect(within(dialog).getByText('Admin tokens have no read permissions: the link’s were ignored.')).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('ops')
  })

  it('refuses a damaged link with a message and a way out', async () => {
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens?draft=%%%not-base64' })
    const dialog = await screen.findByRole('dialog', { name: 'Create a token from a link' })
    expect(await within(dialog).findByText(/damaged/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('survives the connect step: a link opened before connecting opens the form after', async () => {
    const user = userEvent.setup({ delay: null })
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => requests.push(request.url))
    renderApp({ session: null, path: `/tokens?draft=${param({ v: 1, type: 'admin', name: 'after-connect', expiry: '7d' })}` })
    await user.type(await screen.findByLabelText('Admin token'), operatorToken())
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create a token from a link' })
    expect(await within(dialog).findByRole('textbox', { name: 'Name' })).toHaveValue('after-connect')
    expect(within(dialog).getByRole('radio', { name: '7 days' })).toBeChecked()
    // The draft is read in the browser only.
    expect(requests.some((url) => url.includes('draft'))).toBe(false)
    server.events.removeAllListeners()
  })
})
