// Tokens that are listed but no longer work, on the products that keep them: InfluxDB 2's
// inactive tokens, and the management API's revoked ones (removing revokes there).
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { resetManagementMock } from '../../../mocks/node'
import { openInfluxdb2 } from '../../../test/influxdb2'
import { renderApp } from '../../../test/render-app'
import { rowOf } from '../../../test/rows'

// The app loads a session's product before it renders (main.tsx, the connect form); so does this.
beforeAll(async () => {
  await Promise.all([loadProduct('influxdb2'), loadProduct('clustered')])
})

/** The InfluxDB 2 demo's token list, connected as its operator in its org. */
function openInfluxdb2Tokens() {
  return openInfluxdb2('/tokens').seeded
}

describe('a token that is listed but does not work', () => {
  it('shows an InfluxDB 2 token that was switched off as Inactive, in words', async () => {
    openInfluxdb2Tokens()
    const row = rowOf(await screen.findByRole('rowheader', { name: 'Billing export (paused)' }))
    expect(within(row).getByText('Inactive')).toHaveAttribute('title', expect.stringMatching(/refused until it is activated/))
  })

  it('revokes a management API token: the dialog says so, the row stays listed as Revoked (with Show revoked), nothing is left to revoke', async () => {
    const mock = resetManagementMock('demo', { product: 'clustered' })
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens', session: { product: 'clustered', baseUrl: '', token: mock.managementToken, demo: true } })
    const name = 'Log shipper'
    await user.click(await screen.findByRole('button', { name: `Revoke token ${name}` }))
    const dialog = await screen.findByRole('alertdialog', { name: `Revoke token “${name}”?` })
    expect(dialog).toHaveTextContent('It stays in the list, marked revoked.')
    // A revoke cannot be undone: it is typed, not clicked.
    const revoke = within(dialog).getByRole('button', { name: 'Revoke token' })
    expect(revoke).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${name} to confirm` }), 'Log shippe')
    expect(revoke).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${name} to confirm` }), 'r')
    await user.click(revoke)

    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(`Token “${name}” revoked.`),
    )
    // Revoked tokens are hidden until asked for.
    await waitFor(() => expect(screen.queryByRole('rowheader', { name })).not.toBeInTheDocument())
    await user.click(screen.getByRole('checkbox', { name: 'Show revoked' }))
    const row = rowOf(screen.getByRole('rowheader', { name }))
    expect(within(row).getByText('Revoked')).toBeInTheDocument()
    expect(within(row).queryByRole('button', { name: `Revoke token ${name}` })).not.toBeInTheDocument()
    // The token already revoked in the seed shows the same way.
    expect(within(rowOf(screen.getByRole('rowheader', { name: 'Old ingest pipeline' }))).getByText('Revoked')).toBeInTheDocument()
  })

  it('deactivates an InfluxDB 2 token after saying what it means, and activates it again', async () => {
    const seeded = openInfluxdb2Tokens()
    const user = userEvent.setup({ delay: null })
    const name = 'Grafana dashboards'
    await user.click(await screen.findByRole('button', { name: `Deactivate token ${name}` }))
    const dialog = await screen.findByRole('alertdialog', { name: `Deactivate token “${name}”?` })
    expect(dialog).toHaveTextContent('Every client using it is refused at once, until it is activated again.')
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate token' }))
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(`Token “${name}” deactivated.`),
    )
    expect(within(rowOf(screen.getByRole('rowheader', { name }))).getByText('Inactive')).toBeInTheDocument()
    // The server agrees: the token is inactive there.
    expect([...seeded.mock.store.auths.values()].find((a) => a.description === name)?.status).toBe('inactive')

    await user.click(screen.getByRole('button', { name: `Activate token ${name}` }))
    await user.click(
      within(await screen.findByRole('alertdialog', { name: `Activate token “${name}”?` })).getByRole('button', {
        name: 'Activate token',
      }),
    )
    await waitFor(() =>
      expect(within(rowOf(screen.getByRole('rowheader', { name }))).queryByText('Inactive')).not.toBeInTheDocument(),
    )
  })

  it('changes a management API token’s description in place, refusing one that changes nothing', async () => {
    const mock = resetManagementMock('demo', { product: 'clustered' })
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens', session: { product: 'clustered', baseUrl: '', token: mock.managementToken, demo: true } })
    const name = 'Log shipper'
    await user.click(await screen.findByRole('button', { name: `Edit description of token ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Edit description of token “${name}”` })
    const field = within(dialog).getByLabelText('Description')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(field).toHaveAccessibleDescription(/This is its description already/)

    await user.clear(field)
    await user.type(field, 'Vector log shipper')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('rowheader', { name: 'Vector log shipper' })).toBeInTheDocument()
    expect(screen.queryByRole('rowheader', { name })).not.toBeInTheDocument()
  })
})
