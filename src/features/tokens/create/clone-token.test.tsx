// Clone: the create form as a copy of a listed token, open to change before anything is created.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { openInfluxdb2 } from '../../../test/influxdb2'
import { renderApp } from '../../../test/render-app'
import { rowOf } from '../../../test/rows'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

async function cloneRow(name: string) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path: '/tokens' })
  const row = rowOf(await screen.findByRole('rowheader', { name }))
  await user.click(within(row).getByRole('button', { name: `Clone token ${name}` }))
  const dialog = await screen.findByRole('dialog', { name: 'Clone a token' })
  return { ...app, user, dialog }
}

describe('cloning a token', () => {
  it('opens the form filled as the original, and creates the copy with what the form then holds', async () => {
    const { user, dialog, router } = await cloneRow('etl-pipeline')
    // The URL asked for the copy once; the dialog keeps it.
    await waitFor(() => expect(router.state.location.search).toBe(''))
    const name = await within(dialog).findByRole('textbox', { name: 'Name' })
    expect(name).toHaveValue('etl-pipeline (copy)')
    const grid = await within(dialog).findByRole('grid', { name: 'Database permissions' })
    expect(within(grid).getByRole('checkbox', { name: 'Read weather' })).toBeChecked()
    expect(within(grid).getByRole('checkbox', { name: 'Write billing' })).toBeChecked()
    expect(within(grid).getByRole('checkbox', { name: 'Read sensors' })).not.toBeChecked()
    // Changed before creating: the copy also reads sensors.
    await user.click(within(grid).getByRole('checkbox', { name: 'Read sensors' }))
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))

    const reveal = await screen.findByRole('dialog', { name: 'Token “etl-pipeline (copy)” created' })
    await user.click(await within(reveal).findByRole('button', { name: 'Copy token' }))
    expect(await within(reveal).findByText('Token copied to the clipboard.')).toBeInTheDocument()
    await user.click(within(reveal).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const copy = rowOf(await screen.findByRole('rowheader', { name: 'etl-pipeline (copy)' }))
    expect(
      within(copy)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Read, Write · billing, weather', 'Read · sensors'])
    // The original is as it was.
    const original = rowOf(screen.getByRole('rowheader', { name: 'etl-pipeline' }))
    expect(within(original).getByText('Read, Write · weather, billing')).toBeInTheDocument()
  })

  it('says why a token the form cannot make exactly cannot be cloned, and creates nothing', async () => {
    const { user, dialog, router } = await cloneRow('grafana-weather')
    // Behind the open dialog the list is hidden from assistive technology.
    const before = screen.getAllByRole('rowheader', { hidden: true }).length
    expect(await within(dialog).findByText(/cannot make “Read · weather; System read · health” exactly/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.search).toBe('')
    expect(screen.getAllByRole('rowheader')).toHaveLength(before)
  })

  it('copies an InfluxDB 2 custom token into the bucket grid, without an expiry to choose', async () => {
    const { user } = openInfluxdb2('/tokens')
    await user.click(await screen.findByRole('button', { name: 'Clone token Grafana dashboards' }))
    const dialog = await screen.findByRole('dialog', { name: 'Clone a token' })
    expect(await within(dialog).findByRole('textbox', { name: 'Description (optional)' })).toHaveValue(
      'Grafana dashboards (copy)',
    )
    const grid = await within(dialog).findByRole('grid', { name: 'Bucket permissions' })
    expect(within(grid).getByRole('checkbox', { name: 'Read telemetry' })).toBeChecked()
    expect(within(dialog).queryByRole('group', { name: 'Expiry' })).not.toBeInTheDocument()
  })
})
