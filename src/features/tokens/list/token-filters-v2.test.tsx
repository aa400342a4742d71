// The InfluxDB 2 token list's own filters, kept in the URL: status (tokens can be switched off),
// resource type (all access grants every type), and the bucket filter in the product's word. No
// expiry filter: tokens never expire on this product.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../../backends/registry'
import { openInfluxdb2 } from '../../../test/influxdb2'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

const ALL_ACCESS = ["admin's Token", 'All access for the platform team']
const rowNames = () =>
  within(screen.getByRole('table', { name: 'Tokens' }))
    .getAllByRole('rowheader')
    .map((header) => header.textContent.trim())
    .sort()

async function openList(path = '/tokens') {
  const opened = openInfluxdb2(path)
  await screen.findByRole('table', { name: 'Tokens' })
  const filters = screen.getByRole('search', { name: 'Filter tokens' })
  return { ...opened, filters }
}

describe('the InfluxDB 2 token filters', () => {
  it('offer status, resource type and bucket, and no expiry', async () => {
    const { filters } = await openList()
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveValue('')
    expect(within(filters).getByRole('combobox', { name: 'Resource type' })).toHaveValue('')
    expect(within(filters).getByRole('combobox', { name: 'Bucket' })).toHaveValue('')
    expect(within(filters).queryByRole('combobox', { name: 'Expiry' })).not.toBeInTheDocument()
    expect(within(filters).queryByRole('combobox', { name: 'Database' })).not.toBeInTheDocument()
  })

  it('filter by status, in the URL', async () => {
    const { user, filters, router } = await openList()
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Inactive')
    expect(router.state.location.search).toBe('?status=inactive')
    await waitFor(() => expect(rowNames()).toEqual(['Billing export (paused)']))
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Any status')
    expect(router.state.location.search).toBe('')
  })

  it('filter by a resource type the tokens grant, counting all-access tokens, in the URL', async () => {
    const { user, filters, router } = await openList()
    const type = within(filters).getByRole('combobox', { name: 'Resource type' })
    expect(
      within(type)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any resource type', 'Buckets', 'Checks', 'Tasks', 'Telegrafs'])
    await user.selectOptions(type, 'Telegrafs')
    expect(router.state.location.search).toBe('?type=telegrafs')
    await waitFor(() => expect(rowNames()).toEqual([...ALL_ACCESS, 'Telegraf on the factory floor'].sort()))
  })

  it('render the view a deep link describes: status, type and bucket together', async () => {
    await openList('/tokens?status=active&type=db&db=weather')
    expect(rowNames()).toEqual([...ALL_ACCESS, 'Ops: write sensors and weather', 'Read every bucket'].sort())
    const filters = screen.getByRole('search', { name: 'Filter tokens' })
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveValue('active')
    expect(within(filters).getByRole('combobox', { name: 'Resource type' })).toHaveValue('db')
    expect(screen.getByRole('link', { name: 'Open bucket weather' })).toBeInTheDocument()
  })
})
