import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createInfluxClient } from '../../../backends/influxdb3/client'
import { server } from '../../../mocks/node'
import { clickOutside } from '../../../test/pointer'
import { renderApp } from '../../../test/render-app'
import { operatorToken } from '../../../test/seeded-mock'

/** Records every DELETE of a token, then lets the mock answer it. */
function recordDeletes(): string[] {
  const deleted: string[] = []
  server.use(
    http.delete('*/api/v3/configure/token', ({ request }) => {
      deleted.push(new URL(request.url).searchParams.get('token_name') ?? '')
    }),
  )
  return deleted
}

async function renderList() {
  const user = userEvent.setup({ delay: null })
  renderApp({ path: '/tokens' })
  const table = await screen.findByRole('table', { name: 'Tokens' })
  return { user, table }
}

// `hidden`: while a dialog is open, the page behind it is hidden from assistive technology.
const rowHeader = (name: string) => screen.queryByRole('rowheader', { name, hidden: true })
const notifications = () => screen.getByRole('status', { name: 'Notifications' })

async function openDelete(name: string) {
  const opened = await renderList()
  const trigger = screen.getByRole('button', { name: `Delete token ${name}` })
  await opened.user.click(trigger)
  const dialog = await screen.findByRole('alertdialog', { name: `Delete token “${name}”?` })
  return { ...opened, trigger, dialog }
}

describe('deleting a token', () => {
  it('gives every row a delete button named after its token', async () => {
    const { table } = await renderList()
    const rows = within(table).getAllByRole('row').slice(1) // after the column headers
    expect(rows.length).toBeGreaterThan(10)
    for (const row of rows) {
      const name = within(row).getByRole('rowheader').firstChild?.textContent ?? ''
      expect(within(row).getByRole('button', { name: `Delete token ${name}` })).toBeInTheDocument()
    }
  })

  it('asks first, naming the token and saying its clients lose access at once', async () => {
    const { dialog } = await openDelete('ci-deploy')
    expect(dialog).toHaveAccessibleDescription(/^Every client using ci-deploy loses access at once\. This cannot be undone/)
  })

  it('changes nothing on Cancel, and returns focus to the delete button', async () => {
    const deleted = recordDeletes()
    const { user, dialog, trigger } = await openDelete('ci-deploy')

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(deleted).toEqual([])
    expect(rowHeader('ci-deploy')).toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('stays open on a click outside, and has no ×: Cancel or Escape closes it (docs/forms.md)', async () => {
    const deleted = recordDeletes()
    const { user, dialog } = await openDelete('ci-deploy')
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()

    await clickOutside(user, dialog)
    expect(screen.getByRole('alertdialog', { name: 'Delete token “ci-deploy”?' })).toBeInTheDocument()
    expect(deleted).toEqual([])
  })

  it('returns focus to the delete button after Escape', async () => {
    const { user, trigger } = await openDelete('ci-deploy')
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('deletes on confirmation, closes, announces it and removes the row', async () => {
    const deleted = recordDeletes()
    const { user, dialog } = await openDelete('ci-deploy')

    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))

    expect(await within(notifications()).findByText('Token “ci-deploy” deleted.')).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(rowHeader('ci-deploy')).not.toBeInTheDocument()
    expect(deleted).toEqual(['ci-deploy'])
  })

  it('says so when the token was already deleted elsewhere, and refreshes the list', async () => {
    const { user, dialog } = await openDelete('ci-deploy')
    await createInfluxClient({ token: operatorToken() }).deleteToken('ci-deploy')

    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))

    expect(
      await within(notifications()).findByText(
        'Token “ci-deploy” was already deleted (perhaps in another tab). The list is up to date.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(rowHeader('ci-deploy')).not.toBeInTheDocument()
  })

  it('keeps the dialog open with the server’s message when the delete fails', async () => {
    server.use(http.delete('*/api/v3/configure/token', () => new HttpResponse('catalog locked', { status: 500 }), { once: true }))
    const { user, dialog } = await openDelete('ci-deploy')

    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The token was not deleted.')
    expect(alert).toHaveTextContent('The server answered 500: catalog locked')
    expect(within(dialog).getByRole('button', { name: 'Delete token' })).toBeEnabled()
    expect(rowHeader('ci-deploy')).toBeInTheDocument()
  })

  it('clears an old error when the dialog is opened again', async () => {
    server.use(http.delete('*/api/v3/configure/token', () => new HttpResponse('catalog locked', { status: 500 }), { once: true }))
    const { user, dialog, trigger } = await openDelete('ci-deploy')
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))
    await within(dialog).findByRole('alert')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    await user.click(trigger)
    expect(within(screen.getByRole('alertdialog')).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opened for another token, names that one and shows no error from the first', async () => {
    server.use(http.delete('*/api/v3/configure/token', () => new HttpResponse('catalog locked', { status: 500 }), { once: true }))
    const deleted = recordDeletes()
    const { user, dialog } = await openDelete('ci-deploy')
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }))
    await within(dialog).findByRole('alert')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    const other = screen.getByRole('button', { name: 'Delete token grafana-sensors' })
    await user.click(other)
    const second = await screen.findByRole('alertdialog', { name: 'Delete token “grafana-sensors”?' })
    expect(within(second).queryByRole('alert')).not.toBeInTheDocument()
    await user.click(within(second).getByRole('button', { name: 'Delete token' }))

    expect(await within(notifications()).findByText('Token “grafana-sensors” deleted.')).toBeInTheDocument()
    // The first request (answered 500) and the second: nothing else was sent.
    expect(deleted).toEqual(['ci-deploy', 'grafana-sensors'])
    expect(rowHeader('ci-deploy')).toBeInTheDocument()
  })

  it('does not let the operator token be deleted, says why, and opens nothing', async () => {
    const deleted = recordDeletes()
    const { user } = await renderList()
    const button = screen.getByRole('button', { name: 'Delete token _admin' })

    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription('The operator token cannot be deleted — regenerate it instead.')
    await user.click(button)

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(deleted).toEqual([])
  })
})
