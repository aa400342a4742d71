import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createInfluxClient } from '../../backends/influxdb3/client'
import { formatUtcDateTime } from '../../lib/relative-time'
import { currentMock, server } from '../../mocks/node'
import { renderApp } from '../../test/render-app'
import { rowOf } from '../../test/rows'
import { operatorToken } from '../../test/seeded-mock'

const DATABASES = '*/api/v3/configure/database'
const HOUR_MS = 3_600_000

/** Records the query of every delete request, then lets the mock answer it. */
function recordDeletes(): Record<string, string>[] {
  const queries: Record<string, string>[] = []
  server.use(
    http.delete(DATABASES, ({ request }) => {
      queries.push(Object.fromEntries(new URL(request.url).searchParams))
    }),
  )
  return queries
}

async function openDatabases() {
  const user = userEvent.setup()
  const app = renderApp({ path: '/databases' })
  await screen.findByRole('table', { name: 'Databases' })
  return { ...app, user }
}

async function openDelete(database: string) {
  const opened = await openDatabases()
  const trigger = screen.getByRole('button', { name: `Delete database ${database}` })
  await opened.user.click(trigger)
  const dialog = screen.getByRole('alertdialog', { name: `Delete database “${database}”?` })
  return { ...opened, dialog, trigger }
}

const confirmField = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole('textbox', { name: `Type ${name} to confirm` })
const deleteButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Delete database' })
const hardDeleteChoice = (dialog: HTMLElement, name: RegExp) =>
  within(within(dialog).getByRole('group', { name: 'Remove the data for good' })).getByRole('radio', { name })
const dateField = (dialog: HTMLElement) => within(dialog).getByLabelText('Hard-delete at (your local time)')

/** `<name>-YYYYMMDDTHHMMSS` → the UTC time in the suffix, epoch ms. */
function softDeletionTime(renamed: string): number {
  const match = /-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(renamed)
  if (!match) throw new Error(`${renamed} has no soft-deletion time`)
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number]
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

describe('the delete button', () => {
  it('is named after the database it deletes, on every user database', async () => {
    await openDatabases()

    for (const name of ['sensors', 'weather', 'factory_floor', 'billing', 'logs']) {
      const row = rowOf(screen.getByRole('rowheader', { name }))
      expect(within(row).getByRole('button', { name: `Delete database ${name}` })).toBeInTheDocument()
    }
  })
})

describe('who loses access', () => {
  it('lists the tokens naming the database apart from tokens granted all databases (*), and counts admin tokens', async () => {
    const tokens = await createInfluxClient({ baseUrl: '', token: operatorToken() }).listTokens()
    // Expired tokens grant nothing, so the dialog leaves them out.
    const live = tokens.filter((t) => t.expiresAt === undefined || t.expiresAt > Date.now())
    const isAdmin = (t: (typeof tokens)[number]) => t.permissions?.some((p) => p.resourceType === '*') === true
    const grants = (t: (typeof tokens)[number], db: string) =>
      t.permissions?.some((p) => p.resourceType === 'db' && p.resourceNames.includes(db)) === true
    const naming = live.filter((t) => !isAdmin(t) && grants(t, 'sensors')).map((t) => t.name)
    const wildcard = live.filter((t) => !isAdmin(t) && !grants(t, 'sensors') && grants(t, '*')).map((t) => t.name)
    const admins = live.filter(isAdmin).length
    expect(live.length).toBeLessThan(tokens.length)
    // The seed has all three kinds, so the expectations below cannot hold by accident.
    expect(naming).toEqual(expect.arrayContaining(['telegraf-sensors', 'grafana-sensors', 'factory-bridge']))
    expect(wildcard).toEqual(['analytics-readonly'])
    expect(admins).toBeGreaterThan(1)

    const { dialog } = await openDelete('sensors')

    const access = await within(dialog).findByRole('region', { name: 'Tokens with access' })
    expect(within(access).getByText(`${naming.length} tokens name this database`)).toBeInTheDocument()
    const listed = within(access)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect([...listed].sort()).toEqual([...naming].sort())
    expect(access).toHaveTextContent(`Through all databases (*): ${wildcard.join(', ')}.`)
    expect(access).toHaveTextContent(`${admins} admin tokens have full access. Expired tokens are not counted.`)
    expect(within(access).getByRole('link', { name: 'See them in the token list' })).toHaveAttribute('href', '/tokens?db=sensors')
  })

  it('says so when no token names the database', async () => {
    currentMock().addDatabase('scratch')
    const { dialog } = await openDelete('scratch')

    const access = await within(dialog).findByRole('region', { name: 'Tokens with access' })
    expect(access).toHaveTextContent('No token names this database.')
    expect(within(access).queryByRole('listitem')).not.toBeInTheDocument()
  })

  it('names the tokens whose permissions it cannot read, since they may reach the database', async () => {
    server.use(
      http.post('*/api/v3/query_sql', async ({ request }) => {
        const { q } = (await request.clone().json()) as { q: string }
        if (!q.includes('system.tokens')) return undefined
        const rows = (await (await currentMock().handle(request)).json()) as { name: string; permissions: string }[]
        for (const row of rows) if (row.name === 'grafana-sensors') row.permissions = 'table:sensors/cpu:query'
        return HttpResponse.json(rows)
      }),
    )
    const { dialog } = await openDelete('sensors')

    const access = await within(dialog).findByRole('region', { name: 'Tokens with access' })
    expect(access).toHaveTextContent(
      'The console cannot read the permissions of grafana-sensors: check it with influxdb3 show tokens.',
    )
    expect(
      within(access)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).not.toContain('grafana-sensors')
  })
})

describe('the typed confirmation', () => {
  it('keeps Delete disabled until the exact name is typed', async () => {
    const { user, dialog } = await openDelete('sensors')
    const field = confirmField(dialog, 'sensors')

    expect(deleteButton(dialog)).toBeDisabled()
    for (const nearMiss of ['sensor', 'sensors ', 'Sensors', ' sensors']) {
      await user.clear(field)
      await user.type(field, nearMiss)
      expect(deleteButton(dialog)).toBeDisabled()
    }
    await user.clear(field)
    await user.type(field, 'sensors')

    expect(deleteButton(dialog)).toBeEnabled()
  })
})

describe('when the data goes for good', () => {
  it.each([
    ['After the server’s grace period', 'default', /^After the server’s grace period/],
    ['Now', 'now', /^Now:/],
    ['Never', 'never', /^Never:/],
  ])('“%s” sends hard_delete_at=%s', async (_option, hardDeleteAt, choice) => {
    const queries = recordDeletes()
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, choice))
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(queries).toStrictEqual([{ db: 'sensors', hard_delete_at: hardDeleteAt }])
  })

  it('sends a chosen future time as RFC 3339', async () => {
    const queries = recordDeletes()
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, /^At a date and time/))
    await user.click(dateField(dialog))
    await user.paste('2099-05-01T10:11')
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(queries).toHaveLength(1)
    const sent = queries[0]?.hard_delete_at ?? ''
    expect(sent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
    // The field is in local time; the server gets the same instant in UTC.
    expect(new Date(sent).getTime()).toBe(new Date(2099, 4, 1, 10, 11).getTime())
  })

  it('refuses a past time before sending anything', async () => {
    const queries = recordDeletes()
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, /^At a date and time/))
    await user.click(dateField(dialog))
    await user.paste('2020-01-01T00:00')
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))

    expect(dateField(dialog)).toBeInvalid()
    expect(dateField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('Choose a time in the future, or choose “Now”.'),
    )

    // Correcting the time sends only the corrected request.
    await user.clear(dateField(dialog))
    await user.paste('2099-05-01T10:11')
    await user.click(deleteButton(dialog))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(queries.map((q) => new Date(q.hard_delete_at ?? '').getTime())).toEqual([new Date(2099, 4, 1, 10, 11).getTime()])
  })

  it('says a past time is refused as soon as it is entered, before Delete is pressed', async () => {
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, /^At a date and time/))
    await user.click(dateField(dialog))
    await user.paste('2020-01-01T00:00')

    expect(dateField(dialog)).toBeInvalid()
    expect(dateField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('Choose a time in the future, or choose “Now”.'),
    )
  })

  it('asks for a time when none is entered', async () => {
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, /^At a date and time/))
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))

    expect(dateField(dialog)).toHaveAccessibleDescription(expect.stringContaining('Enter a date and time.'))
    expect(dialog).toBeInTheDocument()
  })
})

describe('after deleting', () => {
  it.each([
    [
      'After the server’s grace period',
      /^After the server’s grace period/,
      (deletedAt: number) => `Data removed ${formatUtcDateTime(new Date(deletedAt + 72 * HOUR_MS))}`,
    ],
    ['Never', /^Never:/, () => 'Data kept (no hard-delete time)'],
  ])(
    'with “%s”, the row is gone and the deleted list shows it renamed with the deletion time',
    async (_option, choice, retentionText) => {
      const before = Date.now()
      const { user, dialog } = await openDelete('sensors')

      await user.click(hardDeleteChoice(dialog, choice))
      await user.type(confirmField(dialog, 'sensors'), 'sensors')
      await user.click(deleteButton(dialog))

      await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'sensors' })).not.toBeInTheDocument())
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent('Database “sensors” deleted.')
      const after = Date.now()

      await user.click(screen.getByRole('checkbox', { name: 'Show deleted databases' }))

      const header = await screen.findByRole('rowheader', { name: /^sensors-\d{8}T\d{6} Deleted$/ })
      const renamed = (header.textContent ?? '').split(' ')[0] ?? ''
      const deletedAt = softDeletionTime(renamed)
      // The suffix is the deletion time, to the second, in UTC.
      expect(deletedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
      expect(deletedAt).toBeLessThanOrEqual(after)
      expect(rowOf(header)).toHaveTextContent(retentionText(deletedAt))
    },
  )

  it('a database deleted “now” is not listed among the deleted ones', async () => {
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, /^Now:/))
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'sensors' })).not.toBeInTheDocument())

    await user.click(screen.getByRole('checkbox', { name: 'Show deleted databases' }))

    // The seeded soft-deleted database shows, so the deleted ones are listed.
    expect(await screen.findByRole('rowheader', { name: /^legacy_metrics-/ })).toBeInTheDocument()
    expect(screen.queryByRole('rowheader', { name: /^sensors/ })).not.toBeInTheDocument()
  })
})

describe('when the server refuses', () => {
  it('reports a database already deleted elsewhere and refreshes the list', async () => {
    const { user, dialog } = await openDelete('sensors')
    // Someone else deletes it while the dialog is open.
    currentMock().softDeleteDatabase('sensors', Date.now(), null)

    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Database “sensors” no longer exists (deleted elsewhere). The list is up to date.',
    )
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'sensors' })).not.toBeInTheDocument())
    expect(screen.getByRole('rowheader', { name: 'weather' })).toBeInTheDocument()
  })

  it('keeps the dialog open with the server’s message and what was typed', async () => {
    server.use(http.delete(DATABASES, () => new HttpResponse('catalog write failed', { status: 500 })))
    const { user, dialog } = await openDelete('sensors')

    await user.click(hardDeleteChoice(dialog, /^Never:/))
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.click(deleteButton(dialog))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The database was not deleted.')
    expect(alert).toHaveTextContent('The server answered 500: catalog write failed')
    expect(confirmField(dialog, 'sensors')).toHaveValue('sensors')
    expect(hardDeleteChoice(dialog, /^Never:/)).toBeChecked()
    expect(deleteButton(dialog)).toBeEnabled()
  })
})

describe('cancelling', () => {
  it('closes the dialog and returns focus to the delete button', async () => {
    const { user, dialog, trigger } = await openDelete('sensors')

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    expect(dialog).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('starts afresh when opened again', async () => {
    const { user, dialog, trigger } = await openDelete('sensors')
    await user.click(hardDeleteChoice(dialog, /^Never:/))
    await user.type(confirmField(dialog, 'sensors'), 'sensors')
    await user.keyboard('{Escape}')

    await user.click(trigger)

    const again = screen.getByRole('alertdialog', { name: 'Delete database “sensors”?' })
    expect(confirmField(again, 'sensors')).toHaveValue('')
    expect(hardDeleteChoice(again, /^After the server’s grace period/)).toBeChecked()
    expect(deleteButton(again)).toBeDisabled()
  })
})
