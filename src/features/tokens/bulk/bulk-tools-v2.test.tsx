// Bulk work on InfluxDB 2: tokens can be deleted or switched off, they never expire, and the
// server does not say which token the console uses, so any that could be it is left out.
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { openInfluxdb2 } from '../../../test/influxdb2'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

async function openTokens() {
  const { user } = openInfluxdb2('/tokens')
  await screen.findByRole('checkbox', { name: /^Select all/ }, { timeout: 8000 })
  return { user }
}

const bar = () => screen.getByRole('group', { name: 'Bulk actions' })

describe('bulk work on InfluxDB 2', () => {
  it('says that nothing expires here instead of offering a purge', async () => {
    await openTokens()
    expect(within(bar()).getByText('Tokens on this server never expire: there is nothing to purge.')).toBeInTheDocument()
    expect(within(bar()).queryByRole('button', { name: 'Purge expired…' })).not.toBeInTheDocument()
  })

  it('deactivates the selection, leaving out with a note any token the console may be using', async () => {
    const { user } = await openTokens()
    await user.click(within(bar()).getByRole('checkbox', { name: /^Select all \d+ matching tokens$/ }))
    expect(within(bar()).getByRole('button', { name: 'Delete selected…' })).toBeInTheDocument()
    await user.click(within(bar()).getByRole('button', { name: 'Deactivate selected…' }))

    const dialog = await screen.findByRole('alertdialog', { name: /^Deactivate \d+ tokens\?$/ })
    const leftOut = within(dialog).getByRole('list', { name: 'Tokens left out' })
    expect(leftOut).toHaveTextContent("admin's Token: This may be the token the console is connected with")
    const count = within(within(dialog).getByRole('list', { name: 'Tokens included' })).getAllByRole('listitem').length

    await user.click(within(dialog).getByRole('button', { name: `Deactivate ${count} tokens` }))
    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(within(results).getAllByText(/: Deactivated$/)).toHaveLength(count)
  })
})
