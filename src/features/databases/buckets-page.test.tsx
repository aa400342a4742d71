// The databases page on InfluxDB 2 and Cloud Serverless speaks of buckets: title, navigation,
// buttons, dialogs and messages take the product's word (its `databaseNoun`).
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../backends/registry'
import { openInfluxdb2 } from '../../test/influxdb2'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

describe('the buckets page', () => {
  it('is titled and linked as Buckets, and lists them in a table of that name', async () => {
    openInfluxdb2('/databases')
    expect(await screen.findByRole('heading', { level: 1, name: 'Buckets' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Buckets')
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByText('Databases')).not.toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Buckets' })
    expect(within(table).getByRole('rowheader', { name: '_monitoring System bucket' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search buckets by name' })).toBeInTheDocument()
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/^Showing 1–\d+ of \d+ buckets\.$/)
  })

  it('creates a bucket in the product’s words', async () => {
    const { user, seeded } = openInfluxdb2('/databases')
    await screen.findByRole('table', { name: 'Buckets' })
    await user.click(screen.getByRole('button', { name: 'Create bucket' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a bucket' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Bucket name' }), 'greenhouse')
    await user.click(within(dialog).getByRole('button', { name: 'Create bucket' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent('Bucket “greenhouse” created.')
    expect(seeded.mock.store.bucketNamed(seeded.org?.id ?? '', 'greenhouse')).toBeDefined()
  })

  it('deletes a bucket after its name is typed, naming it a bucket throughout', async () => {
    const { user } = openInfluxdb2('/databases')
    await screen.findByRole('table', { name: 'Buckets' })
    await user.click(screen.getByRole('button', { name: 'Delete bucket weather' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Delete bucket “weather”?' })
    const access = await within(dialog).findByRole('region', { name: 'Tokens with access' })
    expect(access).not.toHaveTextContent(/database/)
    await user.type(within(dialog).getByRole('textbox', { name: 'Type weather to confirm' }), 'weather')
    await user.click(within(dialog).getByRole('button', { name: 'Delete bucket' }))
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent('Bucket “weather” deleted.'),
    )
  })
})

describe('the filter bar on buckets', () => {
  it('offers neither deleted buckets nor a table sort: InfluxDB 2 deletes buckets for good and counts no tables', async () => {
    openInfluxdb2('/databases')
    await screen.findByRole('table', { name: 'Buckets' })
    expect(screen.queryByRole('checkbox', { name: /Show deleted/ })).not.toBeInTheDocument()
    const sort = screen.getByRole('combobox', { name: 'Sort by' })
    expect(
      within(sort)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Name', 'Retention'])
  })

  it('shows the live buckets by name for a link asking for deleted ones sorted by tables', async () => {
    const { user, router } = openInfluxdb2('/databases?deleted=1&sort=tables')
    const table = await screen.findByRole('table', { name: 'Buckets' })
    const names = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent?.trim() ?? '')
      .filter((name) => !name.startsWith('_'))
    // Every live user bucket, by name.
    expect(names.length).toBeGreaterThan(2)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })))
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name')
    await user.click(screen.getByRole('button', { name: /^Sort direction/ }))
    expect(router.state.location.search).toBe('?dir=desc')
  })
})

describe('a bucket name taken meanwhile', () => {
  it('is said as that name being taken, with the name, not as a limit reached (the server’s 422 conflict)', async () => {
    const { user, seeded } = openInfluxdb2('/databases')
    await screen.findByRole('table', { name: 'Buckets' })
    // Created elsewhere after the list was read: the form cannot know, the server refuses it.
    seeded.mock.store.addBucket(seeded.org?.id ?? '', 'greenhouse', 0, 'user', '')
    await user.click(screen.getByRole('button', { name: 'Create bucket' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a bucket' })
    const name = within(dialog).getByRole('textbox', { name: 'Bucket name' })
    await user.type(name, 'greenhouse')
    await user.click(within(dialog).getByRole('button', { name: 'Create bucket' }))
    await waitFor(() => expect(name).toBeInvalid())
    expect(name).toHaveAccessibleDescription(/A bucket named “greenhouse” already exists\. Choose another name\./)
    expect(dialog).not.toHaveTextContent(/limit/i)
    expect(name).toHaveValue('greenhouse')
  })
})
