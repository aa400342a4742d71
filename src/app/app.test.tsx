import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '../mocks/node'
import { renderApp } from '../test/render-app'
import { rowOf } from '../test/rows'
import { operatorToken } from '../test/seeded-mock'

describe('the console shell', () => {
  it('opens on the token list with the seeded tokens', async () => {
    renderApp()
    const table = await screen.findByRole('table', { name: 'Tokens' })
    expect(within(table).getByRole('rowheader', { name: /^_admin/ })).toHaveTextContent('this session')
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(10)
  })

  it('shows the server product and version in the header, and the demo badge', async () => {
    renderApp()
    expect(await screen.findByLabelText('Connected to InfluxDB 3 Enterprise 3.10.1')).toBeInTheDocument()
    expect(screen.getByText('Demo server')).toBeInTheDocument()
  })

  it('lists the databases with retention in words and _internal marked as the system database', async () => {
    const user = userEvent.setup()
    renderApp()
    await user.click(screen.getByRole('link', { name: 'Databases' }))
    const table = await screen.findByRole('table', { name: 'Databases' })
    const internal = within(table).getByRole('rowheader', { name: /_internal/ })
    expect(internal).toHaveTextContent('System database')
    expect(within(rowOf(internal)).getByText('1 week')).toBeInTheDocument()
  })

  it('sends a visitor without a session to the connect screen', async () => {
    renderApp({ session: null, path: '/tokens' })
    expect(await screen.findByRole('heading', { name: 'Connection' })).toBeInTheDocument()
    expect(screen.getByLabelText('Admin token')).toHaveAttribute('type', 'password')
  })

  it('connects with a valid token and returns to the page that was asked for', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, path: '/databases' })
    await user.type(await screen.findByLabelText('Admin token'), operatorToken())
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('table', { name: 'Databases' })).toBeInTheDocument()
  })

  it('says so when the token is not valid, and keeps what was typed', async () => {
    const user = userEvent.setup()
    renderApp({ session: null, path: '/tokens' })
    const field = await screen.findByLabelText('Admin token')
    await user.type(field, 'apiv3_wrong')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This token is not valid (or it has expired).')
    expect(field).toHaveValue('apiv3_wrong')
  })

  it('shows a specific error and recovers on retry when the token list fails', async () => {
    const user = userEvent.setup()
    server.use(
      http.post(/\/api\/v3\/query_sql$/, () => new HttpResponse(new TextEncoder().encode('catalog on fire'), { status: 500 }), {
        once: true,
      }),
    )
    renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the tokens.')
    expect(alert).toHaveTextContent('The server answered 500: catalog on fire')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('table', { name: 'Tokens' })).toBeInTheDocument()
  })
})
