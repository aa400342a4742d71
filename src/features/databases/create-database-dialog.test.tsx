import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { currentMock, resetMock, server } from '../../mocks/node'
import type { SessionInput } from '../../session/session-store'
import { clickOutside, untilClickable } from '../../test/pointer'
import { demoSession, renderApp } from '../../test/render-app'
import { rowOf } from '../../test/rows'

const DATABASES = '*/api/v3/configure/database'

/** Records the JSON body of every create request, then lets the mock answer it. */
function recordCreates(): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http.post(DATABASES, async ({ request }) => {
      bodies.push(await request.clone().json())
    }),
  )
  return bodies
}

async function openCreateDialog(session?: SessionInput) {
  const user = userEvent.setup()
  const app = renderApp({ path: '/databases', session })
  await screen.findByRole('table', { name: 'Databases' })
  await user.click(screen.getByRole('button', { name: 'Create database' }))
  const dialog = screen.getByRole('dialog', { name: 'Create a database' })
  return { ...app, user, dialog }
}

const nameField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'Database name' })
const createButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Create database' })

/** The row of a database in the list, found by its name. */
async function findRow(name: string): Promise<HTMLElement> {
  const header = await screen.findByRole('rowheader', { name })
  return rowOf(header)
}

describe('the name, as it is typed', () => {
  it.each([
    ['starts with “_”', '_metrics', 'The name must start with a letter or a digit.'],
    ['contains a space', 'my db', 'The name cannot contain spaces: use only letters, digits, “_” and “-”.'],
    [
      'is not ASCII',
      'café',
      'Use only ASCII letters, digits, “_” and “-”: the server refuses accented letters, emoji and other non-ASCII characters.',
    ],
    ['has two slashes', 'a/b/c', 'The name may contain at most one “/” (the database/retention-policy form).'],
    ['ends with a slash', 'metrics/', 'A “/” must be followed by a retention policy name (database/policy).'],
  ])('says what is wrong when it %s, and Create stays disabled', async (_rule, name, message) => {
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), name)

    expect(nameField(dialog)).toBeInvalid()
    expect(nameField(dialog)).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(createButton(dialog)).toBeDisabled()
  })

  it('says how long the name is when it is longer than the server allows', async () => {
    const { user, dialog } = await openCreateDialog()

    await user.click(nameField(dialog))
    await user.paste('a'.repeat(512))

    expect(nameField(dialog)).toHaveAccessibleDescription(
      expect.stringContaining('The name is 512 characters long; the server allows at most 511.'),
    )
    expect(createButton(dialog)).toBeDisabled()
  })

  it('accepts the longest name the server takes, and a database/policy name', async () => {
    const { user, dialog } = await openCreateDialog()

    await user.click(nameField(dialog))
    await user.paste('a'.repeat(511))
    expect(nameField(dialog)).toBeValid()
    expect(createButton(dialog)).toBeEnabled()

    await user.clear(nameField(dialog))
    await user.type(nameField(dialog), 'telegraf/autogen')
    expect(nameField(dialog)).toBeValid()
    expect(createButton(dialog)).toBeEnabled()
  })

  it('asks for a name once a typed name is erased, not when the empty field is only left', async () => {
    const { user, dialog } = await openCreateDialog()

    expect(nameField(dialog)).toHaveFocus()
    await user.tab()
    expect(nameField(dialog)).toBeValid()
    expect(nameField(dialog)).not.toHaveAccessibleDescription(expect.stringContaining('Enter a name'))

    await user.type(nameField(dialog), 'x')
    await user.clear(nameField(dialog))

    expect(nameField(dialog)).toHaveAccessibleDescription(expect.stringContaining('Enter a name for the database.'))
    expect(createButton(dialog)).toBeDisabled()
  })

  it('sends nothing while the name is invalid, then exactly the corrected name', async () => {
    const bodies = recordCreates()
    const { user, dialog } = await openCreateDialog()

    for (const invalid of ['_metrics', 'my db', 'a/b/c', 'metrics/']) {
      await user.clear(nameField(dialog))
      await user.type(nameField(dialog), `${invalid}{Enter}`)
      expect(nameField(dialog)).toBeInvalid()
    }
    await user.clear(nameField(dialog))
    await user.type(nameField(dialog), 'greenhouse{Enter}')

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(bodies).toStrictEqual([{ db: 'greenhouse' }])
  })
})

describe('the retention period', () => {
  it.each([
    ['12 hours', '12', 'hours', '12h', '12 hours'],
    ['the suggested 30 days', null, null, '30d', '30 days'],
    // Months are "M": a lower-case "m" would be minutes.
    ['6 months', '6', 'months', '6M', '6 months'],
  ])('sends %s as humantime and lists the database with it', async (_words, amount, unit, humantime, listed) => {
    const bodies = recordCreates()
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), 'greenhouse')
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    const amountField = within(dialog).getByRole('textbox', { name: 'Retention amount' })
    if (amount !== null) {
      await user.clear(amountField)
      await user.type(amountField, amount)
    }
    if (unit !== null) await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Retention unit' }), unit)
    await user.click(createButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(bodies).toStrictEqual([{ db: 'greenhouse', retention_period: humantime }])
    expect(await findRow('greenhouse')).toHaveTextContent(listed)
  })

  it('omits the retention period for Infinite, even after a period was filled in', async () => {
    const bodies = recordCreates()
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), 'forever')
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Retention amount' }), '5')
    await user.click(within(dialog).getByRole('radio', { name: 'Infinite: keep data until it is deleted' }))
    await user.click(createButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(bodies).toStrictEqual([{ db: 'forever' }])
    expect(await findRow('forever')).toHaveTextContent('Infinite')
  })

  it('refuses an amount that is not a whole number before anything is sent', async () => {
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), 'greenhouse')
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    const amountField = within(dialog).getByRole('textbox', { name: 'Retention amount' })
    await user.clear(amountField)
    await user.type(amountField, '1.5')

    expect(amountField).toBeInvalid()
    expect(within(dialog).getByRole('group', { name: 'Retention period' })).toHaveAccessibleDescription(
      'Enter a whole number, such as 30.',
    )
    expect(createButton(dialog)).toBeDisabled()
  })
})

describe('what the server refuses', () => {
  it('shows an existing name on the name field with what to do, and keeps the input', async () => {
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), 'sensors')
    await user.click(createButton(dialog))

    await waitFor(() => expect(nameField(dialog)).toBeInvalid())
    expect(nameField(dialog)).toHaveAccessibleDescription(expect.stringContaining('A database named “sensors” already exists'))
    expect(nameField(dialog)).toHaveAccessibleDescription(expect.stringContaining('Choose another name.'))
    expect(nameField(dialog)).toHaveValue('sensors')
    expect(dialog).toBeInTheDocument()

    // Editing the name clears the server's complaint.
    await user.type(nameField(dialog), '_2')
    expect(nameField(dialog)).toBeValid()
  })

  it('on Core with five databases, shows the limit and what to do', async () => {
    const core = await resetMock('core')
    // The core scenario has four user databases; a fifth fills it up.
    currentMock().addDatabase('fifth')
    const { user, dialog } = await openCreateDialog(demoSession(core.operatorToken ?? ''))

    await user.type(nameField(dialog), 'sixth')
    await user.click(createButton(dialog))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The server’s database limit is reached.')
    expect(alert).toHaveTextContent('Adding a new database would exceed limit of 5 databases.')
    expect(alert).toHaveTextContent('Delete a database you no longer need first (deleted databases do not count).')
    expect(nameField(dialog)).toHaveValue('sixth')
  })

  it('shows any other failure in the dialog and keeps the input', async () => {
    server.use(http.post(DATABASES, () => new HttpResponse('object store unavailable', { status: 503 })))
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), 'greenhouse')
    await user.click(createButton(dialog))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The database was not created.')
    expect(alert).toHaveTextContent('The server answered 503: object store unavailable')
    expect(nameField(dialog)).toHaveValue('greenhouse')
    expect(createButton(dialog)).toBeEnabled()
  })
})

describe('creating a database', () => {
  it('closes the dialog, announces the new database and lists it', async () => {
    const { user, dialog } = await openCreateDialog()

    await user.type(nameField(dialog), 'greenhouse')
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    await user.click(createButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Database “greenhouse” created, keeping 30 days of data.',
    )
    const row = await findRow('greenhouse')
    expect(row).toHaveTextContent('30 days')
    expect(within(row).getByRole('button', { name: 'Delete database greenhouse' })).toBeInTheDocument()
  })

  it('starts afresh the next time it is opened', async () => {
    const { user, dialog } = await openCreateDialog()
    await user.type(nameField(dialog), 'greenhouse')
    await user.click(createButton(dialog))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Create database' }))

    const again = screen.getByRole('dialog', { name: 'Create a database' })
    expect(nameField(again)).toHaveValue('')
    expect(within(again).getByRole('radio', { name: 'Infinite: keep data until it is deleted' })).toBeChecked()
  })
})

describe('closing the dialog (docs/forms.md, “Closing a dialog”)', () => {
  it('closes at once on Escape while nothing was entered', async () => {
    const { user } = await openCreateDialog()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks before Escape throws away a typed name; Keep editing keeps it', async () => {
    const { user, dialog } = await openCreateDialog()
    await user.type(nameField(dialog), 'half-done')
    await user.keyboard('{Escape}')

    const question = await screen.findByRole('alertdialog', { name: 'Discard this database?' })
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(nameField(dialog)).toHaveValue('half-done')
  })

  it('asks before a click outside throws away a chosen retention, and Discard closes it', async () => {
    const bodies = recordCreates()
    const { user, dialog } = await openCreateDialog()
    await user.click(within(dialog).getByRole('radio', { name: 'Delete data older than…' }))
    await clickOutside(user, dialog)

    const question = await screen.findByRole('alertdialog', { name: 'Discard this database?' })
    await user.click(await untilClickable(within(question).getByRole('button', { name: 'Discard' })))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(bodies).toEqual([])
  })

  it('closes without asking on Cancel, which already says “throw this away”', async () => {
    const { user, dialog } = await openCreateDialog()
    await user.type(nameField(dialog), 'not-wanted')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
