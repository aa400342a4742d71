// Editing a database token's permissions in place (Cloud Dedicated): the grid filled with what the
// token holds, the change in words before saving, refusals, failures that keep the edits.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PermissionWire } from '../../../backends/management/wire'
import { loadProduct } from '../../../backends/registry'
import { server } from '../../../mocks/node'
import { DEDICATED_API, openDedicated } from '../../../test/management'
import { untilClickable } from '../../../test/pointer'
import { rowOf } from '../../../test/rows'
import { EMPTY_SET, NO_CHANGE } from './permission-edit-model'

beforeAll(async () => {
  await loadProduct('cloud-dedicated')
})

const TOKEN = 'Grafana dashboards' // seeded with read on sensors and on weather

/** Records every PATCH body to the token endpoint, then lets the mock answer it. */
function recordPatches(): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http.patch(`${DEDICATED_API}/tokens/*`, async ({ request }) => {
      bodies.push(await request.clone().json())
    }),
  )
  return bodies
}

async function openEditor(name = TOKEN) {
  const opened = openDedicated('/tokens')
  await opened.user.click(await screen.findByRole('button', { name: `Edit permissions of token ${name}` }))
  const dialog = await screen.findByRole('dialog', { name: `Edit permissions of token “${name}”` })
  // The grid waits for the database list.
  await within(dialog).findByRole('grid', { name: 'Database permissions' })
  return { ...opened, dialog }
}

const box = (dialog: HTMLElement, name: string | RegExp) => within(dialog).getByRole('checkbox', { name })
/** The Read column's header: it ticks the listed rows. */
const READ_LISTED = /^Read all \d+ listed databases$/
const changes = (dialog: HTMLElement) => within(dialog).getByRole('region', { name: 'What saving changes' })
const save = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Save permissions' })
const storedPermissions = (mock: ReturnType<typeof openDedicated>['mock'], description: string): PermissionWire[] | undefined =>
  [...mock.store.tokens.values()].find((t) => t.description === description)?.permissions

describe('editing a token’s permissions', () => {
  it('opens on the same grid as create, filled with the token’s permissions', async () => {
    const { dialog } = await openEditor()
    expect(dialog).toHaveAccessibleDescription(/Saving replaces the token’s whole permission set/)
    expect(box(dialog, 'Read sensors')).toBeChecked()
    expect(box(dialog, 'Read weather')).toBeChecked()
    expect(box(dialog, 'Write sensors')).not.toBeChecked()
    expect(box(dialog, READ_LISTED)).toBePartiallyChecked()
    expect(changes(dialog)).toHaveTextContent('Nothing yet')
  })

  it('shows what saving adds and removes, sends the whole new set, and the list shows it', async () => {
    const { dialog, user, mock } = await openEditor()
    const patches = recordPatches()
    await user.click(box(dialog, 'Write weather'))
    await user.click(box(dialog, 'Read sensors'))
    const lines = within(changes(dialog))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(lines).toEqual(['Adds: Write · weather', 'Removes: Read · sensors'])

    await user.click(save(dialog))
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
        `Permissions of token “${TOKEN}” saved. Adds: Write · weather. Removes: Read · sensors.`,
      ),
    )
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(patches).toEqual([
      {
        permissions: [
          { action: 'read', resource: 'weather' },
          { action: 'write', resource: 'weather' },
        ],
      },
    ])
    expect(storedPermissions(mock, TOKEN)).toEqual([
      { action: 'read', resource: 'weather' },
      { action: 'write', resource: 'weather' },
    ])
    expect(within(rowOf(screen.getByRole('rowheader', { name: TOKEN }))).getByText('Read, Write · weather')).toBeInTheDocument()
  })

  it('offers all databases (*) as its own choice, and says what it replaces', async () => {
    const { dialog, user, mock } = await openEditor()
    const all = within(within(dialog).getByRole('group', { name: 'Read' })).getByRole('radio', { name: /^All databases/ })
    await user.click(all)
    expect(all).toBeChecked()
    expect(
      within(changes(dialog))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Adds: Read · all databases (*)', 'Removes: Read · sensors, weather'])
    await user.click(save(dialog))
    await waitFor(() => expect(storedPermissions(mock, TOKEN)).toEqual([{ action: 'read', resource: '*' }]))
  })

  it('refuses to save a set that changes nothing, and says so', async () => {
    const { dialog, user } = await openEditor()
    const patches = recordPatches()
    await user.click(box(dialog, 'Write sensors'))
    await user.click(box(dialog, 'Write sensors'))
    await user.click(save(dialog))
    expect(changes(dialog)).toHaveTextContent(NO_CHANGE)
    expect(patches).toEqual([])
    expect(dialog).toBeInTheDocument()
  })

  it('refuses an empty set, pointing to revoke instead', async () => {
    const { dialog, user } = await openEditor()
    const patches = recordPatches()
    await user.click(box(dialog, 'Read sensors'))
    await user.click(box(dialog, 'Read weather'))
    expect(changes(dialog)).toHaveTextContent(EMPTY_SET)
    await user.click(save(dialog))
    expect(patches).toEqual([])
  })

  it('keeps the edits after a server error, says why, and saves them on Try again', async () => {
    const { dialog, user, mock } = await openEditor()
    server.use(
      http.patch(
        `${DEDICATED_API}/tokens/*`,
        () => HttpResponse.json({ code: 500, message: 'internal error' }, { status: 500 }),
        {
          once: true,
        },
      ),
    )
    await user.click(box(dialog, 'Write weather'))
    await user.click(save(dialog))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The permissions were not changed.')
    expect(alert).toHaveTextContent('The server answered 500: internal error.')
    expect(box(dialog, 'Write weather')).toBeChecked()
    expect(storedPermissions(mock, TOKEN)).toEqual([
      { action: 'read', resource: 'sensors' },
      { action: 'read', resource: 'weather' },
    ])

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(storedPermissions(mock, TOKEN)).toContainEqual({ action: 'write', resource: 'weather' })
  })

  it('says when the management token may not change permissions, and keeps the dialog open', async () => {
    const { dialog, user } = await openEditor()
    server.use(
      http.patch(`${DEDICATED_API}/tokens/*`, () =>
        HttpResponse.json({ code: 403, message: 'forbidden: missing permission' }, { status: 403 }),
      ),
    )
    await user.click(box(dialog, 'Write weather'))
    await user.click(save(dialog))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(/This token is not allowed to do that/)
    expect(alert).toHaveTextContent(/forbidden: missing permission/)
    expect(box(dialog, 'Write weather')).toBeChecked()
  })

  it('shows a grant on a database the server no longer lists, so it can be removed', async () => {
    const opened = openDedicated('/tokens')
    opened.mock.store.databases.delete('weather')
    await opened.user.click(await screen.findByRole('button', { name: `Edit permissions of token ${TOKEN}` }))
    const dialog = await screen.findByRole('dialog', { name: `Edit permissions of token “${TOKEN}”` })
    const weather = await within(dialog).findByRole('rowheader', { name: /^weather/ })
    expect(weather).toHaveTextContent('not on the server')
    await opened.user.click(box(dialog, 'Read weather'))
    expect(changes(dialog)).toHaveTextContent('Removes: Read · weather')
  })

  it('does not edit permissions the grid cannot show, and says why', async () => {
    const opened = openDedicated('/tokens')
    const token = [...opened.mock.store.tokens.values()].find((t) => t.description === 'Log shipper')
    token?.permissions.push({ action: 'admin', resource: 'logs/app' })
    await opened.user.click(await screen.findByRole('button', { name: 'Edit permissions of token Log shipper' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit permissions of token “Log shipper”' })
    expect(await within(dialog).findByText('The console cannot edit these permissions.')).toBeInTheDocument()
    expect(dialog).toHaveTextContent(/which is not reading or writing databases/)
    expect(within(dialog).queryByRole('grid')).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Save permissions' })).not.toBeInTheDocument()
  })

  it('is offered for live tokens only: a revoked one has nothing to edit', async () => {
    openDedicated('/tokens?revoked=1')
    const revoked = rowOf(await screen.findByRole('rowheader', { name: 'Old ingest pipeline' }))
    expect(within(revoked).queryByRole('button', { name: /Edit permissions/ })).not.toBeInTheDocument()
  })
})

describe('the editor with the keyboard alone', () => {
  it('opens with Enter, moves through the grid with arrows, ticks with Space, saves with Enter, and gives the focus back', async () => {
    const { user, mock } = openDedicated('/tokens')
    const trigger = await screen.findByRole('button', { name: `Edit permissions of token ${TOKEN}` })
    trigger.focus()
    await user.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: `Edit permissions of token “${TOKEN}”` })
    await within(dialog).findByRole('grid', { name: 'Database permissions' })

    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.tab() // Read: specific databases
    await user.tab() // Write: specific databases
    await user.tab()
    expect(within(dialog).getByRole('searchbox', { name: 'Filter databases' })).toHaveFocus()
    await user.tab() // Show selected only
    await user.tab()
    expect(box(dialog, READ_LISTED)).toHaveFocus()
    await user.tab()
    await user.tab()
    // Into the grid: its one Tab stop is the first database's Read box.
    expect(box(dialog, 'Read sensors')).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(box(dialog, 'Write sensors')).toHaveFocus()
    await user.keyboard(' ')
    expect(box(dialog, 'Write sensors')).toBeChecked()
    expect(changes(dialog)).toHaveTextContent('Adds: Write · sensors')

    await user.tab()
    expect(within(dialog).getByRole('textbox', { name: 'Or type permissions' })).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toHaveFocus()
    await user.tab()
    // The equivalent command's disclosure, closed: one stop.
    expect(within(dialog).getByText('Equivalent command')).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.tab()
    expect(save(dialog)).toHaveFocus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(storedPermissions(mock, TOKEN)).toContainEqual({ action: 'write', resource: 'sensors' })
    await waitFor(() => expect(screen.getByRole('button', { name: `Edit permissions of token ${TOKEN}` })).toHaveFocus())
  })

  it('asks before Escape discards a change, then closes without saving', async () => {
    const { user, mock } = openDedicated('/tokens')
    await user.click(await screen.findByRole('button', { name: `Edit permissions of token ${TOKEN}` }))
    const dialog = await screen.findByRole('dialog', { name: `Edit permissions of token “${TOKEN}”` })
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Write weather' }))
    await user.keyboard('{Escape}')
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' })
    await user.click(await untilClickable(within(question).getByRole('button', { name: 'Discard' })))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(storedPermissions(mock, TOKEN)).toEqual([
      { action: 'read', resource: 'sensors' },
      { action: 'read', resource: 'weather' },
    ])
  })
})
