import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { currentMock, server } from '../../mocks/node'
import { clickOutside } from '../../test/pointer'
import { renderApp } from '../../test/render-app'
import { rowOf } from '../../test/rows'

const DATABASES = '*/api/v3/configure/database'

/** Records the JSON body of every retention change, then lets the mock answer it. */
function recordUpdates(): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http.put(DATABASES, async ({ request }) => {
      bodies.push(await request.clone().json())
    }),
  )
  return bodies
}

async function openRetention(database: string) {
  const user = userEvent.setup()
  const app = renderApp({ path: '/databases' })
  await screen.findByRole('table', { name: 'Databases' })
  await user.click(screen.getByRole('button', { name: `Edit retention of ${database}` }))
  const dialog = screen.getByRole('dialog', { name: `Edit retention of “${database}”` })
  return { ...app, user, dialog }
}

const finite = (dialog: HTMLElement) => within(dialog).getByRole('radio', { name: 'Delete data older than…' })
const infinite = (dialog: HTMLElement) => within(dialog).getByRole('radio', { name: 'Infinite: keep data until it is deleted' })
const amountField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'Retention amount' })
const unitField = (dialog: HTMLElement) => within(dialog).getByRole('combobox', { name: 'Retention unit' })
/** The submit button names the new value ("Set to 90 days"), so find it by its place. */
const saveButton = (dialog: HTMLElement) => within(dialog).getAllByRole('button').at(-1)!

async function typeAmount(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, amount: string) {
  await user.clear(amountField(dialog))
  if (amount !== '') await user.type(amountField(dialog), amount)
}

/** A database's row in the list (findable only while no dialog hides the page). */
function rowNamed(name: string): HTMLElement {
  return rowOf(screen.getByRole('rowheader', { name }))
}

describe('opening the dialog', () => {
  it('shows the current period of a database that has one', async () => {
    const { dialog } = await openRetention('sensors')

    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Now: 30 days.'))
    expect(finite(dialog)).toBeChecked()
    expect(amountField(dialog)).toHaveValue('30')
    expect(unitField(dialog)).toHaveDisplayValue('days')
    expect(within(dialog).getByText('This is the current retention period.')).toBeInTheDocument()
  })

  it('shows Infinite for a database that keeps everything', async () => {
    const { dialog } = await openRetention('factory_floor')

    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Now: Infinite.'))
    expect(infinite(dialog)).toBeChecked()
    expect(within(dialog).queryByRole('textbox', { name: 'Retention amount' })).not.toBeInTheDocument()
  })

  it('shows a period that is not whole hours as it is, not as a change', async () => {
    currentMock().addDatabase('ninety_minutes', 5_400)
    const { dialog } = await openRetention('ninety_minutes')

    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Now: 90 minutes.'))
    expect(amountField(dialog)).toHaveValue('90')
    expect(unitField(dialog)).toHaveDisplayValue('minutes')
    expect(within(dialog).getByText('This is the current retention period.')).toBeInTheDocument()
    expect(saveButton(dialog)).toBeDisabled()
  })

  it('shows a year in the largest exact unit', async () => {
    const { dialog } = await openRetention('billing')

    expect(amountField(dialog)).toHaveValue('1')
    expect(unitField(dialog)).toHaveDisplayValue('years')
  })
})

describe('changing the period', () => {
  it('spells out the new period before saving, then sends it as humantime and lists it', async () => {
    const bodies = recordUpdates()
    const { user, dialog } = await openRetention('sensors')

    await typeAmount(user, dialog, '90')

    expect(
      within(dialog).getByText('New retention: 90 days. Data in “sensors” older than that will be deleted.'),
    ).toBeInTheDocument()
    expect(bodies).toEqual([])
    expect(saveButton(dialog)).toHaveAccessibleName('Set to 90 days')

    await user.click(saveButton(dialog))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(bodies).toStrictEqual([{ db: 'sensors', retention_period: '90d' }])
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent('Retention of “sensors” is now 90 days.')
    await waitFor(() => expect(rowNamed('sensors')).toHaveTextContent('90 days'))
  })

  it('clears the period with Infinite: sends null and the row then says Infinite', async () => {
    const bodies = recordUpdates()
    const { user, dialog } = await openRetention('sensors')

    await user.click(infinite(dialog))

    expect(within(dialog).getByText('New retention: infinite. “sensors” keeps all data until it is deleted.')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Make retention infinite' }))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(bodies).toStrictEqual([{ db: 'sensors', retention_period: null }])
    await waitFor(() => expect(rowNamed('sensors')).toHaveTextContent('Infinite'))
  })

  it('cannot save the current period, even written in another unit', async () => {
    const { user, dialog } = await openRetention('sensors')

    expect(saveButton(dialog)).toBeDisabled()

    // 720 hours are the same 30 days.
    await typeAmount(user, dialog, '720')
    await user.selectOptions(unitField(dialog), 'hours')

    expect(within(dialog).getByText('This is the current retention period.')).toBeInTheDocument()
    expect(saveButton(dialog)).toBeDisabled()
  })

  it('cannot save Infinite for a database that already keeps everything', async () => {
    const { user, dialog } = await openRetention('factory_floor')

    expect(saveButton(dialog)).toBeDisabled()
    await user.click(finite(dialog))
    expect(saveButton(dialog)).toHaveAccessibleName('Set to 30 days')
    expect(saveButton(dialog)).toBeEnabled()
    await user.click(infinite(dialog))

    expect(saveButton(dialog)).toBeDisabled()
  })

  it.each([
    ['abc', 'Enter a whole number, such as 30.'],
    ['0', 'The retention period must be at least 1.'],
    ['', 'Enter how long to keep data.'],
  ])('refuses the amount “%s” with a reason and disables saving', async (amount, message) => {
    const { user, dialog } = await openRetention('sensors')

    await typeAmount(user, dialog, amount)

    expect(amountField(dialog)).toBeInvalid()
    expect(within(dialog).getByRole('group', { name: 'Retention period' })).toHaveAccessibleDescription(message)
    expect(saveButton(dialog)).toBeDisabled()
    expect(within(dialog).queryByText(/^New retention/)).not.toBeInTheDocument()
  })
})

describe('when the server refuses', () => {
  it('keeps the dialog open with the server’s message and the chosen value', async () => {
    server.use(http.put(DATABASES, () => new HttpResponse('catalog is read-only', { status: 500 })))
    const { user, dialog } = await openRetention('sensors')

    await typeAmount(user, dialog, '90')
    await user.click(saveButton(dialog))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The retention period was not changed.')
    expect(alert).toHaveTextContent('The server answered 500: catalog is read-only')
    expect(dialog).toBeInTheDocument()
    expect(amountField(dialog)).toHaveValue('90')
    expect(saveButton(dialog)).toBeEnabled()

    // Nothing changed on the server.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(rowNamed('sensors')).toHaveTextContent('30 days')
  })
})

describe('closing the dialog (docs/forms.md, “Closing a dialog”)', () => {
  it('closes at once on a click outside while the period is as it was', async () => {
    const { user, dialog } = await openRetention('sensors')
    await clickOutside(user, dialog)
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks before the × throws away a changed period; Escape on the question keeps editing', async () => {
    const { user, dialog } = await openRetention('sensors')
    await user.click(infinite(dialog))
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await screen.findByRole('alertdialog', { name: 'Discard your changes?' })
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(infinite(dialog)).toBeChecked()
  })
})
