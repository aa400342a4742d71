// The databases page on a product whose databases have limits (Cloud Dedicated): the limits in
// the list, a create that takes them, one dialog that changes them with the retention, and a
// delete that does not pretend to choose when the data goes.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadProduct } from '../../backends/registry'
import { server } from '../../mocks/node'
import { DEDICATED_API, openDedicated } from '../../test/management'
import { renderApp } from '../../test/render-app'
import { rowOf } from '../../test/rows'

beforeAll(async () => {
  await loadProduct('cloud-dedicated')
})

const DAY_NS = 86_400 * 1e9

/** Records the JSON body of every request of `method` to `path`, then lets the mock answer it. */
function record(method: 'post' | 'patch', path: string): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http[method](path, async ({ request }) => {
      bodies.push(await request.clone().json())
    }),
  )
  return bodies
}

async function openDatabases() {
  const opened = openDedicated('/databases')
  const table = await screen.findByRole('table', { name: 'Databases' })
  return { ...opened, table }
}

/** The text of a row's cell under the column named `column`. */
function cell(table: HTMLElement, name: string, column: string): string | null {
  const index = within(table)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === column)
  expect(index).toBeGreaterThan(0)
  return within(rowOf(within(table).getByRole('rowheader', { name }))).getAllByRole('cell')[index - 1]?.textContent ?? null
}

describe('the list', () => {
  it('shows each database’s limits and its retention in words, and no table count the API does not give', async () => {
    const { table } = await openDatabases()
    expect(cell(table, 'weather', 'Max tables')).toBe('200')
    expect(cell(table, 'weather', 'Max columns per table')).toBe('200')
    expect(cell(table, 'weather', 'Retention')).toBe('90 days')
    expect(cell(table, 'factory_floor', 'Max columns per table')).toBe('400')
    expect(cell(table, 'factory_floor', 'Retention')).toBe('Infinite')
    expect(within(table).queryByRole('columnheader', { name: 'Tables' })).not.toBeInTheDocument()
  })
})

describe('the filter bar', () => {
  it('offers neither deleted databases nor a table sort, which the management API does not have', async () => {
    await openDatabases()
    expect(screen.queryByRole('checkbox', { name: /Show deleted/ })).not.toBeInTheDocument()
    const sort = screen.getByRole('combobox', { name: 'Sort by' })
    expect(
      within(sort)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Name', 'Retention'])
  })

  it('shows the live databases by name for a link asking for deleted ones sorted by tables', async () => {
    const { user, router } = openDedicated('/databases?deleted=1&sort=tables&dir=desc')
    const table = await screen.findByRole('table', { name: 'Databases' })
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0)
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name')
    // The next change writes the URL anew, without what the product cannot show.
    await user.click(screen.getByRole('button', { name: /^Sort direction/ }))
    expect(router.state.location.search).toBe('')
  })
})

describe('creating a database', () => {
  async function openCreate() {
    const opened = await openDatabases()
    await opened.user.click(screen.getByRole('button', { name: 'Create database' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a database' })
    return { ...opened, dialog }
  }

  it('leaves blank limits to the server’s defaults', async () => {
    const { user, dialog, table } = await openCreate()
    const bodies = record('post', `${DEDICATED_API}/databases`)
    expect(within(dialog).getByRole('textbox', { name: 'Max tables' })).toHaveAccessibleDescription(
      'Leave blank for the server’s default.',
    )
    await user.type(within(dialog).getByRole('textbox', { name: 'Database name' }), 'metrics')
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(bodies).toEqual([{ name: 'metrics' }])
    expect(await within(table).findByRole('rowheader', { name: 'metrics' })).toBeInTheDocument()
    expect(cell(table, 'metrics', 'Max tables')).toBe('500')
  })

  it('sends the limits and the retention typed', async () => {
    const { user, dialog } = await openCreate()
    const bodies = record('post', `${DEDICATED_API}/databases`)
    await user.type(within(dialog).getByRole('textbox', { name: 'Database name' }), 'metrics')
    await user.type(within(dialog).getByRole('textbox', { name: 'Max tables' }), '50')
    await user.type(within(dialog).getByRole('textbox', { name: 'Max columns per table' }), '1000')
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    await user.clear(within(dialog).getByRole('textbox', { name: 'Retention amount' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Retention amount' }), '14')
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toEqual({ name: 'metrics', maxTables: 50, maxColumnsPerTable: 1000, retentionPeriod: 14 * DAY_NS })
  })

  it('takes a name with several “/”, which the management API allows and InfluxDB 3 does not', async () => {
    const { user, dialog, table } = await openCreate()
    const bodies = record('post', `${DEDICATED_API}/databases`)
    const field = within(dialog).getByRole('textbox', { name: 'Database name' })
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Up to 64 letters, digits, “_”, “-” and “/”'))
    await user.type(field, 'team/eu/metrics')
    expect(field).toBeValid()
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))
    await waitFor(() => expect(bodies).toEqual([{ name: 'team/eu/metrics' }]))
    expect(await within(table).findByRole('rowheader', { name: 'team/eu/metrics' })).toBeInTheDocument()
  })

  it('refuses a name longer than the management API’s 64 characters', async () => {
    const { user, dialog } = await openCreate()
    const field = within(dialog).getByRole('textbox', { name: 'Database name' })
    await user.type(field, 'a'.repeat(65))
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('The name is 65 characters long; the server allows at most 64.'),
    )
    expect(within(dialog).getByRole('button', { name: 'Create database' })).toBeDisabled()
  })

  it.each([
    ['0', 'A limit must be at least 1.'],
    ['-5', 'Enter a whole number, such as 500.'],
    ['2.5', 'Enter a whole number, such as 500.'],
    ['99999999999999999999', 'That number is too large.'],
  ])('refuses a limit of %s, saying why as it is typed', async (typed, error) => {
    const { user, dialog } = await openCreate()
    await user.type(within(dialog).getByRole('textbox', { name: 'Database name' }), 'metrics')
    const field = within(dialog).getByRole('textbox', { name: 'Max tables' })
    await user.type(field, typed)
    expect(field).toHaveAccessibleDescription(expect.stringContaining(error))
    expect(field).toBeInvalid()
    expect(within(dialog).getByRole('button', { name: 'Create database' })).toBeDisabled()
  })

  it('asks no limits where databases have none (InfluxDB 3)', async () => {
    const user = userEvent.setup()
    renderApp({ path: '/databases' })
    await user.click(await screen.findByRole('button', { name: 'Create database' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a database' })
    expect(within(dialog).queryByRole('textbox', { name: 'Max tables' })).not.toBeInTheDocument()
  })
})

describe('changing limits and retention', () => {
  async function openChange(name: string) {
    const opened = await openDatabases()
    await opened.user.click(screen.getByRole('button', { name: `Edit limits and retention of ${name}` }))
    const dialog = screen.getByRole('dialog', { name: `Edit limits and retention of “${name}”` })
    const field = (label: string) => within(dialog).getByRole('textbox', { name: label })
    const save = () => within(dialog).getByRole('button', { name: 'Save settings' })
    return { ...opened, dialog, field, save }
  }

  it('opens filled with the database’s settings, and says them', async () => {
    const { dialog, field } = await openChange('weather')
    expect(dialog).toHaveAccessibleDescription('Now: at most 200 tables and 200 columns per table, retention 90 days.')
    expect(field('Max tables')).toHaveValue('200')
    expect(field('Max columns per table')).toHaveValue('200')
    expect(within(dialog).getByRole('radio', { name: 'Delete data older than…' })).toBeChecked()
    expect(field('Retention amount')).toHaveValue('90')
    expect(screen.queryByRole('button', { name: 'Edit retention of weather' })).not.toBeInTheDocument()
  })

  it('refuses a change that changes nothing, and says so', async () => {
    const { dialog, user, save } = await openChange('weather')
    const patches = record('patch', `${DEDICATED_API}/databases/*`)
    await user.click(save())
    expect(dialog).toHaveTextContent('These are its settings already')
    expect(patches).toEqual([])
  })

  it('sends only what changed, says what it was, and the list shows the new value', async () => {
    const { dialog, user, field, save, table } = await openChange('weather')
    const patches = record('patch', `${DEDICATED_API}/databases/*`)
    await user.clear(field('Max tables'))
    await user.type(field('Max tables'), '300')
    expect(within(dialog).getByRole('list', { name: 'What saving changes' })).toHaveTextContent('Max tables: 200 → 300')
    await user.click(save())
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(patches).toEqual([{ maxTables: 300 }])
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Settings of “weather” changed. Max tables: 200 → 300.',
    )
    await waitFor(() => expect(cell(table, 'weather', 'Max tables')).toBe('300'))
  })

  it('changes a limit and the retention in one request', async () => {
    const { dialog, user, field, save, mock } = await openChange('sensors')
    const patches = record('patch', `${DEDICATED_API}/databases/*`)
    await user.clear(field('Max columns per table'))
    await user.type(field('Max columns per table'), '250')
    await user.click(within(dialog).getByRole('radio', { name: 'Infinite: keep data until it is deleted' }))
    const lines = within(within(dialog).getByRole('list', { name: 'What saving changes' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(lines).toEqual(['Max columns per table: 200 → 250', 'Retention: 30 days → Infinite'])
    await user.click(save())
    await waitFor(() => expect(patches).toHaveLength(1))
    expect(patches[0]).toEqual({ maxColumnsPerTable: 250, retentionPeriod: 0 })
    await waitFor(() =>
      expect(mock.store.databases.get('sensors')).toMatchObject({ maxColumnsPerTable: 250, retentionPeriod: 0 }),
    )
  })

  it('refuses a limit left blank', async () => {
    const { user, field, save } = await openChange('weather')
    const patches = record('patch', `${DEDICATED_API}/databases/*`)
    await user.clear(field('Max tables'))
    await user.click(save())
    expect(field('Max tables')).toHaveAccessibleDescription('Enter a whole number of at least 1.')
    expect(patches).toEqual([])
  })

  it('keeps the fields after a server error, says why, and saves them on Try again', async () => {
    const { dialog, user, field, save, mock } = await openChange('weather')
    server.use(
      http.patch(
        `${DEDICATED_API}/databases/*`,
        () => HttpResponse.json({ code: 500, message: 'internal error' }, { status: 500 }),
        { once: true },
      ),
    )
    await user.clear(field('Max tables'))
    await user.type(field('Max tables'), '300')
    await user.click(save())
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The settings were not changed.')
    expect(alert).toHaveTextContent('The server answered 500: internal error.')
    expect(field('Max tables')).toHaveValue('300')
    expect(mock.store.databases.get('weather')?.maxTables).toBe(200)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(mock.store.databases.get('weather')?.maxTables).toBe(300)
  })

  it('says when the management token may not change databases', async () => {
    const { dialog, user, field, save } = await openChange('weather')
    server.use(
      http.patch(`${DEDICATED_API}/databases/*`, () =>
        HttpResponse.json({ code: 403, message: 'forbidden: missing permission' }, { status: 403 }),
      ),
    )
    await user.clear(field('Max tables'))
    await user.type(field('Max tables'), '300')
    await user.click(save())
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(/This token is not allowed to do that/)
    expect(field('Max tables')).toHaveValue('300')
  })
})

describe('deleting a database', () => {
  it('names the live tokens with access, offers no hard-delete time, and deletes once the name is typed', async () => {
    const { user, mock, table } = await openDatabases()
    await user.click(screen.getByRole('button', { name: 'Delete database sensors' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Delete database “sensors”?' })
    expect(dialog).toHaveAccessibleDescription(/When its data is removed for good is up to the server/)
    expect(within(dialog).queryByRole('group', { name: 'Remove the data for good' })).not.toBeInTheDocument()

    const access = await within(dialog).findByRole('region', { name: 'Tokens with access' })
    const named = within(access)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    // "Old ingest pipeline" names sensors too, but it is revoked: it grants nothing.
    expect(named.sort()).toEqual(['Grafana dashboards', 'Sensor gateway'])
    expect(access).toHaveTextContent('Through all databases (*): Data science notebooks, Backfill job.')
    expect(access).toHaveTextContent('Expired and revoked tokens are not counted.')
    expect(access).not.toHaveTextContent('admin token')

    const remove = within(dialog).getByRole('button', { name: 'Delete database' })
    expect(remove).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: 'Type sensors to confirm' }), 'sensors')
    await user.click(remove)
    await waitFor(() => expect(within(table).queryByRole('rowheader', { name: 'sensors' })).not.toBeInTheDocument())
    expect(mock.store.databases.has('sensors')).toBe(false)
  })
})
