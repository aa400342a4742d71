import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { currentMock, resetMock, server } from '../../../mocks/node'
import type { SessionInput } from '../../../session/session-store'
import { untilClickable } from '../../../test/pointer'
import { demoSession, renderApp } from '../../../test/render-app'
import { rowOf } from '../../../test/rows'

const NAMED_ADMIN = '*/api/v3/configure/token/named_admin'
const RESOURCE_TOKEN = '*/api/v3/enterprise/configure/token'

/** Records the JSON body of every request to `path`, then lets the mock answer it. */
function recordBodies(path: string): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http.post(path, async ({ request }) => {
      bodies.push(await request.clone().json())
    }),
  )
  return bodies
}

async function openCreateDialog(session?: SessionInput) {
  const user = userEvent.setup({ delay: null })
  const app = renderApp({ path: '/tokens', session })
  await screen.findByRole('table', { name: 'Tokens' })
  await user.click(screen.getByRole('button', { name: 'Create token' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a token' })
  return { ...app, user, dialog }
}

async function openForm(type: 'Admin token' | 'Database token' | 'System token') {
  const opened = await openCreateDialog()
  const { user, dialog } = opened
  await user.click(within(dialog).getByRole('radio', { name: type }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  // The form is loaded when first needed.
  await within(dialog).findByRole('textbox', { name: 'Name' })
  return opened
}

const nameField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'Name' })
const createButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Create token' })

describe('choosing the token type', () => {
  it('offers database, system and admin tokens, database first and chosen, admin last and tagged full access', async () => {
    const { dialog } = await openCreateDialog()
    const types = within(dialog).getAllByRole('radio')
    expect(types.map((radio) => radio.getAttribute('value'))).toEqual(['database', 'system', 'admin'])
    const database = within(dialog).getByRole('radio', { name: 'Database token' })
    expect(database).toBeChecked()
    // The focus starts on the chosen card, not on the dialog's ×.
    expect(database).toHaveFocus()
    expect(database).toHaveAccessibleDescription(/^Read and\/or write chosen databases/)
    expect(within(dialog).getByRole('radio', { name: 'System token' })).toBeEnabled()
    const admin = within(dialog).getByRole('radio', { name: 'Admin token' })
    expect(admin).not.toBeChecked()
    // The tag is words and an icon, not a colour alone.
    expect(admin).toHaveAccessibleDescription(/^Full access Full access: every database/)
  })

  it('goes on to the form of the card Enter is pressed on', async () => {
    const { user, dialog } = await openCreateDialog()
    await user.keyboard('{ArrowDown}')
    expect(within(dialog).getByRole('radio', { name: 'System token' })).toHaveFocus()
    await user.keyboard('{Enter}')
    // The form's code loads on first use.
    expect(await screen.findByRole('dialog', { name: 'Create a system token' }, { timeout: 10_000 })).toBeInTheDocument()
  }, 30_000) // the first test here to load the form's code

  it('on Core, disables database and system tokens, says they need Enterprise, and chooses nothing for the user', async () => {
    const core = await resetMock('core')
    const user = userEvent.setup({ delay: null })
    renderApp({ path: '/tokens', session: demoSession(core.operatorToken ?? '') })
    // The header names the edition once the server answered, as an operator sees it before Create.
    await screen.findByLabelText(/^Connected to InfluxDB 3 Core/)
    await user.click(await screen.findByRole('button', { name: 'Create token' }))
    const dialog = screen.getByRole('dialog', { name: 'Create a token' })

    const admin = within(dialog).getByRole('radio', { name: 'Admin token' })
    expect(admin).toBeEnabled()
    // Full access is never chosen by default, even where it is the only type.
    expect(admin).not.toBeChecked()
    expect(admin).toHaveFocus()
    for (const type of ['Database token', 'System token']) {
      const radio = within(dialog).getByRole('radio', { name: type })
      expect(radio).toBeDisabled()
      expect(radio).toHaveAccessibleDescription(/Resource tokens need InfluxDB 3 Enterprise/)
    }
  })
})

describe('closing a filled form', () => {
  it('closes an untouched form at once', async () => {
    const { user, dialog } = await openForm('Database token')
    await within(dialog).findByRole('grid', { name: 'Database permissions' })
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks before Escape discards a filled form; Keep editing keeps what was typed', async () => {
    const { user, dialog } = await openForm('Database token')
    await user.type(nameField(dialog), 'half-done')
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))

    await user.keyboard('{Escape}')
    const question = await screen.findByRole('alertdialog', { name: 'Discard this token?' })
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(nameField(dialog)).toHaveValue('half-done')
    expect(within(dialog).getByRole('checkbox', { name: 'Read sensors' })).toBeChecked()
  })

  it('asks before the × discards a filled form, and Discard closes it', async () => {
    const bodies = recordBodies(RESOURCE_TOKEN)
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'not-wanted')

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    const question = await screen.findByRole('alertdialog', { name: 'Discard this token?' })
    await user.click(await untilClickable(within(question).getByRole('button', { name: 'Discard' })))

    // The form closes once the question has (one dialog closing at a time).
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(bodies).toEqual([])
    // Opened again, the form starts over.
    await user.click(await untilClickable(screen.getByRole('button', { name: 'Create token' })))
    expect(
      within(await screen.findByRole('dialog', { name: 'Create a token' })).getByRole('radio', { name: 'Database token' }),
    ).toBeChecked()
  })

  it('Escape on the question keeps editing, and does not close the form underneath', async () => {
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'still-here')
    await user.keyboard('{Escape}')
    await screen.findByRole('alertdialog', { name: 'Discard this token?' })

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(nameField(dialog)).toHaveValue('still-here')
  })

  it('counts a change undone as no change', async () => {
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'x')
    await user.clear(nameField(dialog))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('creating an admin token', () => {
  it('sends the name and the CLI meaning of 1 year, reveals the secret, and lists the new token', async () => {
    const bodies = recordBodies(NAMED_ADMIN)
    const { user, dialog } = await openForm('Admin token')
    expect(dialog).toHaveAccessibleName('Create an admin token')

    await user.type(nameField(dialog), 'ci-writer')
    await user.click(within(dialog).getByRole('radio', { name: '1 year' }))
    // The summary names the same instant as the expiry field.
    const expiry = within(dialog).getByText(/^Expires .+ UTC \(next year\)\.$/).textContent ?? ''
    const until = expiry.slice('Expires '.length, expiry.indexOf(' ('))
    expect(within(dialog).getByText(/will have full access/)).toHaveTextContent(
      `Summary: “ci-writer” will have full access to this server — every database and every token — until ${until}.`,
    )

    await user.click(createButton(dialog))

    const reveal = await screen.findByRole('dialog', { name: 'Token “ci-writer” created' })
    const secret = within(reveal).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' })
    expect(secret.value).toMatch(/^apiv3_[A-Za-z0-9_-]{86}$/)
    expect(secret).toHaveAttribute('readonly')
    expect(bodies).toEqual([{ token_name: 'ci-writer', expiry_secs: 31_557_600 }])

    await user.click(within(reveal).getByRole('button', { name: 'Copy token' }))
    await user.click(within(reveal).getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    const row = rowOf(await screen.findByRole('rowheader', { name: 'ci-writer' }))
    expect(row).toHaveTextContent('Admin')
    expect(row).toHaveTextContent('Full access')
    expect(row).toHaveTextContent('next year')
  })

  it('keeps Create disabled until the name is valid', async () => {
    const { user, dialog } = await openForm('Admin token')
    expect(createButton(dialog)).toBeDisabled()

    await user.type(nameField(dialog), '   ')
    expect(createButton(dialog)).toBeDisabled()
    expect(nameField(dialog)).toHaveAccessibleDescription(/Enter a name for the token\./)

    await user.type(nameField(dialog), 'x')
    expect(createButton(dialog)).toBeEnabled()
    expect(nameField(dialog)).not.toHaveAttribute('aria-invalid')
  })

  it('reports a name that is already taken on the field, and sends nothing', async () => {
    const bodies = recordBodies(NAMED_ADMIN)
    const { user, dialog } = await openForm('Admin token')

    await user.type(nameField(dialog), 'grafana-sensors{Enter}')

    expect(nameField(dialog)).toHaveAttribute('aria-invalid', 'true')
    expect(nameField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('A token named “grafana-sensors” already exists. Choose another name.'),
    )
    expect(createButton(dialog)).toBeDisabled()
    expect(bodies).toEqual([])
  })

  it('shows a 409 from the server on the name field and keeps everything typed', async () => {
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'race')
    await user.click(within(dialog).getByRole('radio', { name: '30 days' }))
    // Someone else takes the name while the form is open.
    await currentMock().createTokenDirect({ name: 'race' })

    await user.click(createButton(dialog))

    await within(dialog).findByText(/A token named “race” already exists\./)
    expect(nameField(dialog)).toHaveAttribute('aria-invalid', 'true')
    expect(nameField(dialog)).toHaveValue('race')
    expect(within(dialog).getByRole('radio', { name: '30 days' })).toBeChecked()
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
    expect(dialog).toHaveAccessibleName('Create an admin token')
  })

  it('shows a server error in the dialog with its message, and keeps the input', async () => {
    server.use(http.post(NAMED_ADMIN, () => new HttpResponse('catalog is read-only', { status: 500 }), { once: true }))
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'grafana-prod')
    await user.click(within(dialog).getByRole('radio', { name: '7 days' }))

    await user.click(createButton(dialog))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The token was not created.')
    expect(alert).toHaveTextContent('The server answered 500: catalog is read-only')
    expect(nameField(dialog)).toHaveValue('grafana-prod')
    expect(within(dialog).getByRole('radio', { name: '7 days' })).toBeChecked()
    expect(createButton(dialog)).toBeEnabled()
  })

  it('sends exactly one request on a rapid double click', async () => {
    const bodies = recordBodies(NAMED_ADMIN)
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'double')

    await user.dblClick(createButton(dialog))

    await screen.findByRole('dialog', { name: 'Token “double” created' })
    expect(bodies).toHaveLength(1)
  })

  it('warns that an admin token that never expires grants full access indefinitely', async () => {
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'forever')
    await user.click(within(dialog).getByRole('radio', { name: 'Never' }))

    expect(within(dialog).getByText(/An admin token that never expires stays valid until someone deletes it/)).toBeInTheDocument()
    expect(within(dialog).getByText(/will have full access/)).toHaveTextContent('and will never expire.')
  })

  it('leaves the expiry out for Never, as the influxdb3 CLI does', async () => {
    const bodies = recordBodies(NAMED_ADMIN)
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), 'forever')
    await user.click(within(dialog).getByRole('radio', { name: 'Never' }))
    await user.click(createButton(dialog))

    await screen.findByRole('dialog', { name: 'Token “forever” created' })
    expect(bodies).toEqual([{ token_name: 'forever' }])
  })
})

describe('checking the expiry the server recorded', () => {
  async function createNever(name: string) {
    const { user, dialog } = await openForm('Admin token')
    await user.type(nameField(dialog), name)
    await user.click(within(dialog).getByRole('radio', { name: 'Never' }))
    await user.click(createButton(dialog))
    return screen.findByRole('dialog', { name: `Token “${name}” created` })
  }

  it('says on the reveal that the server recorded what was asked', async () => {
    const reveal = await createNever('forever')
    expect(await within(reveal).findByText('The server recorded the expiry you asked for: never.')).toBeInTheDocument()
  })

  it('warns on the reveal, before it is closed, when a "never" token was recorded as expired at birth', async () => {
    // The server bug influxdata/influxdb#27620: the row says the token expired when it was created.
    server.use(
      http.post('*/api/v3/query_sql', async ({ request }) => {
        const real = await currentMock().handle(request)
        const rows = (await real.json()) as Record<string, unknown>[]
        return HttpResponse.json(rows.map((row) => (row.name === 'born-dead' ? { ...row, expiry: row.created_at } : row)))
      }),
    )
    const reveal = await createNever('born-dead')

    const alert = await within(reveal).findByRole('alert')
    expect(alert).toHaveTextContent('The server recorded a different expiry.')
    expect(alert).toHaveTextContent(/recorded it as expired at .* UTC, the moment it was created: this token will not work/)
    expect(within(reveal).getByRole('textbox', { name: 'Token string' })).toBeInTheDocument()
  })
})

describe('creating resource tokens', () => {
  it('sends two permission entries for read on one database and write on another', async () => {
    const bodies = recordBodies(RESOURCE_TOKEN)
    const { user, dialog } = await openForm('Database token')
    expect(dialog).toHaveAccessibleName('Create a database token')
    await user.type(nameField(dialog), 'bridge')
    expect(createButton(dialog)).toBeDisabled() // no permission yet

    await user.click(await within(dialog).findByRole('checkbox', { name: 'Read sensors' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'Write weather' }))
    expect(within(dialog).getByText(/will be able to/)).toHaveTextContent(
      /“bridge” will be able to read sensors and write weather, until /,
    )
    await user.click(createButton(dialog))

    await screen.findByRole('dialog', { name: 'Token “bridge” created' })
    expect(bodies).toEqual([
      {
        token_name: 'bridge',
        permissions: [
          { resource_type: 'db', resource_names: ['sensors'], actions: ['read'] },
          { resource_type: 'db', resource_names: ['weather'], actions: ['write'] },
        ],
        expiry_secs: 90 * 86_400,
      },
    ])
  })

  it('offers only live databases in the grid, the system database last', async () => {
    const { dialog } = await openForm('Database token')
    const grid = await within(dialog).findByRole('grid', { name: 'Database permissions' })
    const names = within(grid)
      .getAllByRole('rowheader')
      .map((row) => row.firstChild?.textContent)
    expect(names).toEqual(['billing', 'factory_floor', 'logs', 'sensors', 'weather', '_internal'])
  })

  it('sends system:health,ping:read for a system token with health and ping', async () => {
    const bodies = recordBodies(RESOURCE_TOKEN)
    const { user, dialog } = await openForm('System token')
    expect(dialog).toHaveAccessibleName('Create a system token')
    await user.type(nameField(dialog), 'lb-probe')
    await user.click(within(dialog).getByRole('checkbox', { name: /^Health/ }))
    await user.click(within(dialog).getByRole('checkbox', { name: /^Ping/ }))
    await user.click(createButton(dialog))

    await screen.findByRole('dialog', { name: 'Token “lb-probe” created' })
    expect(bodies).toEqual([
      {
        token_name: 'lb-probe',
        permissions: [{ resource_type: 'system', resource_names: ['health', 'ping'], actions: ['read'] }],
        expiry_secs: 90 * 86_400,
      },
    ])
  })

  it('gives no admin warning for a database token that never expires', async () => {
    const { user, dialog } = await openForm('Database token')
    await user.click(within(dialog).getByRole('radio', { name: 'Never' }))
    expect(within(dialog).queryByText(/An admin token that never expires/)).not.toBeInTheDocument()
  })
})

describe('leaving the page before the string is safe', () => {
  // The databases page is loaded on first visit, which can take a while on a busy machine.
  async function revealed(name: string) {
    const opened = await openForm('Admin token')
    await opened.user.type(nameField(opened.dialog), name)
    await opened.user.click(createButton(opened.dialog))
    const reveal = await screen.findByRole('dialog', { name: `Token “${name}” created` })
    const secret = within(reveal).getByRole<HTMLTextAreaElement>('textbox', { name: 'Token string' }).value
    return { ...opened, reveal, secret }
  }

  it('asks before leaving while the string is shown and not copied; Stay keeps it, Leave drops it', async () => {
    const { user, router, secret } = await revealed('asked-first')

    void router.navigate('/databases')
    const question = await screen.findByRole('alertdialog', { name: 'Leave this page?' })
    expect(question).toHaveTextContent('The token string has not been copied.')
    await user.click(await untilClickable(within(question).getByRole('button', { name: 'Stay' })))

    expect(router.state.location.pathname).toBe('/tokens')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: 'Token “asked-first” created' })).toBeInTheDocument()

    void router.navigate('/databases')
    const again = await screen.findByRole('alertdialog', { name: 'Leave this page?' })
    await user.click(await untilClickable(within(again).getByRole('button', { name: 'Leave without the string' })))
    expect(await screen.findByRole('table', { name: 'Databases' }, { timeout: 5000 })).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(secret)
  })

  it('Escape on the question stays', async () => {
    const { user, router } = await revealed('escape-stays')
    void router.navigate('/databases')
    const question = await screen.findByRole('alertdialog', { name: 'Leave this page?' })
    // Focus may rest on any control of the question; what matters is that it left the reveal.
    // eslint-disable-next-line testing-library/no-node-access
    expect(question).toContainElement(document.activeElement as HTMLElement)
    await user.keyboard('{Escape}')
    expect(screen.queryByText('Close without copying?')).not.toBeInTheDocument()

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/tokens')
    expect(screen.getByRole('dialog', { name: 'Token “escape-stays” created' })).toBeInTheDocument()
  })

  it('lets the user leave without asking once the string was copied', async () => {
    const { user, router, reveal } = await revealed('copied-first')
    await user.click(within(reveal).getByRole('button', { name: 'Copy token' }))

    await router.navigate('/databases')
    expect(await screen.findByRole('table', { name: 'Databases' }, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })

  it('does not ask when nothing was created', async () => {
    const { router } = await openForm('Admin token')
    await router.navigate('/databases')
    expect(await screen.findByRole('table', { name: 'Databases' }, { timeout: 5000 })).toBeInTheDocument()
  })
})
