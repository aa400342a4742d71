// Creating a token on InfluxDB 2: what differs from InfluxDB 3 is said in the form (no expiry,
// an optional description that need not be unique, permissions fixed once created) and the
// buckets are the grid's rows, in the product's word.
import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SeededInfluxdb2 } from '../../../backends/influxdb2/mock/seed'
import { loadProduct } from '../../../backends/registry'
import { openInfluxdb2 } from '../../../test/influxdb2'

beforeAll(async () => {
  await loadProduct('influxdb2')
})

async function openForm(type: 'All access token' | 'Custom token') {
  const { seeded, user } = openInfluxdb2('/tokens')
  await screen.findByRole('table', { name: 'Tokens' })
  await user.click(screen.getByRole('button', { name: 'Create token' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a token' })
  await user.click(within(dialog).getByRole('radio', { name: type }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await within(dialog).findByRole('textbox', { name: 'Description (optional)' })
  return { seeded, user, dialog }
}

const storedAuths = (seeded: SeededInfluxdb2) => [...seeded.mock.store.auths.values()]

describe('creating an InfluxDB 2 token', () => {
  it('creates an all-access token without a description or an expiry, and says what is stored', async () => {
    const { seeded, user, dialog } = await openForm('All access token')
    const before = storedAuths(seeded).length
    expect(within(dialog).queryByRole('group', { name: 'Expiry' })).not.toBeInTheDocument()
    expect(dialog).toHaveTextContent('tokens on this server never expire')
    expect(within(dialog).getByRole('textbox', { name: 'Description (optional)' })).toHaveAccessibleDescription(
      /stored without a description/,
    )
    expect(dialog).toHaveTextContent(/will have full access to the organization .* and will never expire\./)
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))

    const reveal = await screen.findByRole('dialog', { name: /created$/ })
    expect(await within(reveal).findByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })).not.toHaveValue('')
    const added = storedAuths(seeded).slice(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ description: '', status: 'active' })
  })

  it('creates a custom token on chosen buckets, with a description another token already has', async () => {
    const { seeded, user, dialog } = await openForm('Custom token')
    expect(dialog).toHaveTextContent('Permissions are fixed once created')
    const grid = await within(dialog).findByRole('grid', { name: 'Bucket permissions' })
    expect(within(grid).getByRole('columnheader', { name: 'Bucket' })).toBeInTheDocument()
    await user.type(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'Grafana dashboards')
    await user.click(within(grid).getByRole('checkbox', { name: 'Read weather' }))
    await user.click(within(grid).getByRole('checkbox', { name: 'Write weather' }))
    expect(dialog).toHaveTextContent('“Grafana dashboards” will be able to read and write weather, and will never expire.')
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))

    const reveal = await screen.findByRole('dialog', { name: /created$/ })
    // The reveal settles with its test of the new token (a read of the bucket it may read).
    expect(await within(reveal).findByRole('button', { name: 'Test this token' })).toBeEnabled()
    await waitFor(() => expect(storedAuths(seeded).filter((a) => a.description === 'Grafana dashboards')).toHaveLength(2))
    const created = storedAuths(seeded)
      .filter((a) => a.description === 'Grafana dashboards')
      .at(-1)
    const weather = seeded.mock.store.bucketNamed(seeded.org?.id ?? '', 'weather')?.id
    expect(created?.permissions.map((p) => `${p.action}:${p.resource.type}/${p.resource.id ?? '*'}`).sort()).toEqual(
      [`read:buckets/${weather}`, `write:buckets/${weather}`].sort(),
    )
  })
})

describe('granting more than buckets on InfluxDB 2', () => {
  it('grants a chosen telegraf and a resource type as a whole, with the keyboard, and says so before creating', async () => {
    const { seeded, user, dialog } = await openForm('Custom token')
    const telegrafs = await within(dialog).findByRole('grid', { name: 'Telegraf permissions' })
    expect(
      within(telegrafs)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['edge-gateway', 'factory-floor', 'weather-station'])
    await user.click(within(telegrafs).getByRole('checkbox', { name: 'Read factory-floor' }))

    const types = await within(dialog).findByRole('grid', { name: 'Resource type permissions' })
    const rows = within(types)
      .getAllByRole('rowheader')
      .map((th) => th.textContent)
    expect(rows).toContain('dashboards')
    expect(rows).not.toContain('instance')
    expect(rows).not.toContain('buckets')
    expect(rows).not.toContain('telegrafs')
    await user.type(within(dialog).getByRole('searchbox', { name: 'Filter resource types' }), 'dash')
    expect(
      within(types)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['dashboards'])
    // Keyboard: focus the row's Read box, move right to Write, tick it with Space.
    within(types).getByRole('checkbox', { name: 'Read dashboards' }).focus()
    await user.keyboard('{ArrowRight}{ }')
    expect(within(types).getByRole('checkbox', { name: 'Write dashboards' })).toBeChecked()

    expect(dialog).toHaveTextContent(
      '“The new token” will be able to read telegrafs factory-floor and write all dashboards, including ones created later, and will never expire.',
    )
    const before = storedAuths(seeded).length
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }))
    await screen.findByRole('dialog', { name: /created$/ })
    const created = storedAuths(seeded).slice(before)[0]
    const factory = [...seeded.mock.store.telegrafs.values()].find((t) => t.name === 'factory-floor')?.id
    expect(created?.permissions).toEqual([
      { action: 'read', resource: { type: 'telegrafs', id: factory, orgID: seeded.org?.id } },
      { action: 'write', resource: { type: 'dashboards', orgID: seeded.org?.id } },
    ])
  })

  it('clones a token holding a telegraf and whole resource types into the same grids', async () => {
    const { seeded, user } = openInfluxdb2('/tokens')
    const orgID = seeded.org?.id ?? ''
    const edge = [...seeded.mock.store.telegrafs.values()].find((t) => t.name === 'edge-gateway')?.id
    seeded.mock.store.addAuth({
      status: 'active',
      description: 'Edge agent',
      orgID,
      userID: [...seeded.mock.store.users.values()][0]?.id ?? '',
      permissions: [
        { action: 'write', resource: { type: 'telegrafs', id: edge, orgID } },
        { action: 'read', resource: { type: 'tasks', orgID } },
      ],
    })
    await user.click(await screen.findByRole('button', { name: 'Clone token Edge agent' }))
    const dialog = await screen.findByRole('dialog', { name: 'Clone a token' })
    const telegrafs = await within(dialog).findByRole('grid', { name: 'Telegraf permissions' })
    expect(within(telegrafs).getByRole('checkbox', { name: 'Write edge-gateway' })).toBeChecked()
    expect(within(telegrafs).getByRole('checkbox', { name: 'Read edge-gateway' })).not.toBeChecked()
    const types = await within(dialog).findByRole('grid', { name: 'Resource type permissions' })
    expect(within(types).getByRole('checkbox', { name: 'Read tasks' })).toBeChecked()
    expect(within(types).getByRole('checkbox', { name: 'Write tasks' })).not.toBeChecked()
    expect(dialog).toHaveTextContent(
      'will be able to write telegrafs edge-gateway and read all tasks, including ones created later',
    )
  })
})
