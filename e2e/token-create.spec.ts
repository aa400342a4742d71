/**
 * Creating tokens as an operator would: type, name, permissions, expiry, the request the
 * server receives, the one-time reveal and copy, and the new row in the list.
 */
import type { Page } from '@playwright/test'

import { expect, nextRequest, test } from './fixtures'
import { arrowTo, tabTo } from './keyboard'
import {
  copyAndCheckClipboard,
  openCreateForm,
  openDatabaseFormByKeyboard,
  revealedSecret,
  tokenCell,
  tokenRow,
} from './pages/tokens'
import { expectSecretGone, placesHolding } from './probes/secret-places'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const DAY = 86_400
/** What `formatRelative` says of an instant 30 days away, depending on which side of it `now` falls. */
const IN_30_DAYS = /^\s*(next month|in 4 weeks|in 30 days)\s*$/

const historyLength = (page: Page) => page.evaluate(() => history.length)

test('an operator creates an admin token for 30 days, copies it and finds it listed', async ({ page, log }) => {
  await page.goto('/tokens')
  await expect(tokenRow(page, '_admin')).toBeVisible()
  const entriesBefore = await historyLength(page)

  const dialog = await openCreateForm(page, 'Admin token')
  await expect(dialog).toHaveAccessibleName('Create an admin token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('deploy-bot')
  await dialog.getByRole('radio', { name: '30 days' }).check()
  await expect(
    dialog.getByText(
      /^Summary: “deploy-bot” will have full access to this server — every database and every token — until .+ UTC\.$/,
    ),
  ).toBeVisible()

  const sent = nextRequest(page, 'POST', '/api/v3/configure/token/named_admin')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  expect((await sent).postDataJSON()).toEqual({ token_name: 'deploy-bot', expiry_secs: 30 * DAY })

  await expect(dialog).toHaveAccessibleName('Token “deploy-bot” created')
  // Announced while it is news: the toast goes after a while, and the steps below take time.
  await expect(page.getByRole('status').getByText('Token “deploy-bot” created.')).toBeVisible()
  await expect(dialog.getByText('Copy this token now: you will not see it again.')).toBeVisible()
  const secret = await revealedSecret(dialog)
  // The probe finds the string while it is meant to be on screen, so its silence later means something.
  expect(await placesHolding(page, log, secret)).toEqual(['DOM', 'form field values'])

  await copyAndCheckClipboard(page, dialog, secret)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  const row = tokenRow(page, 'deploy-bot')
  await expect(await tokenCell(row, 'Kind')).toHaveText('Admin')
  await expect(await tokenCell(row, 'Permissions')).toHaveText('Full access')
  await expect(await tokenCell(row, 'Expiry')).toHaveText(IN_30_DAYS)

  await expectSecretGone(page, log, secret)
  expect(await historyLength(page), 'history entries added by the create dialog').toBe(entriesBefore)
})

test('a database token with read on one database and write on another sends two permission entries', async ({ page, log }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Database token')
  await expect(dialog).toHaveAccessibleName('Create a database token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('sensor-weather-bridge')
  const grid = dialog.getByRole('grid', { name: 'Database permissions' })
  await grid.getByRole('checkbox', { name: 'Read sensors' }).check()
  await grid.getByRole('checkbox', { name: 'Write weather' }).check()
  // Some rows ticked: both column headers show as mixed.
  await expect(grid.getByRole('checkbox', { name: /^Read all \d+ listed databases$/ })).toHaveAttribute('aria-checked', 'mixed')
  await expect(grid.getByRole('checkbox', { name: /^Write all \d+ listed databases$/ })).toHaveAttribute('aria-checked', 'mixed')
  await expect(dialog.getByText(/will be able to read sensors and write weather, until /)).toBeVisible()

  const sent = nextRequest(page, 'POST', '/api/v3/enterprise/configure/token')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  expect((await sent).postDataJSON()).toEqual({
    token_name: 'sensor-weather-bridge',
    permissions: [
      { resource_type: 'db', resource_names: ['sensors'], actions: ['read'] },
      { resource_type: 'db', resource_names: ['weather'], actions: ['write'] },
    ],
    expiry_secs: 90 * DAY,
  })

  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  const row = tokenRow(page, 'sensor-weather-bridge')
  await expect(await tokenCell(row, 'Kind')).toHaveText('Database')
  await expect((await tokenCell(row, 'Permissions')).getByRole('listitem')).toHaveText(['Read · sensors', 'Write · weather'])
  await expectSecretGone(page, log, secret)
})

test('choosing "All databases" for Read sends * and lists the token as reading all databases', async ({ page }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Database token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('read-everything')
  const grid = dialog.getByRole('grid', { name: 'Database permissions' })
  // What "all" means is on screen before it is chosen.
  await expect(dialog.getByText(/Databases created later are covered by “All” on their own/)).toBeVisible()
  await dialog
    .getByRole('group', { name: 'Read' })
    .getByRole('radio', { name: /^All databases, including future ones/ })
    .check()
  await expect(grid.getByRole('checkbox', { name: 'Read sensors' })).toBeChecked()
  await expect(grid.getByRole('checkbox', { name: 'Read sensors' })).toBeDisabled()

  const sent = nextRequest(page, 'POST', '/api/v3/enterprise/configure/token')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  expect((await sent).postDataJSON()).toMatchObject({
    token_name: 'read-everything',
    permissions: [{ resource_type: 'db', resource_names: ['*'], actions: ['read'] }],
  })

  await revealedSecret(dialog)
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  const row = tokenRow(page, 'read-everything')
  // Its reach includes databases created later: the row carries that risk badge beside the kind.
  await expect(await tokenCell(row, 'Kind')).toHaveText(/^Database\s+All databases$/)
  await expect(await tokenCell(row, 'Permissions')).toHaveText('Read · all databases, including future ones')
})

test('a system token for health and ping sends one system entry and is listed as System', async ({ page }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'System token')
  await expect(dialog).toHaveAccessibleName('Create a system token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('lb-probe')
  await dialog.getByRole('checkbox', { name: /^Health/ }).check()
  await dialog.getByRole('checkbox', { name: /^Ping/ }).check()
  await expect(dialog.getByText(/will be able to read the health and ping endpoints, until /)).toBeVisible()

  const sent = nextRequest(page, 'POST', '/api/v3/enterprise/configure/token')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  expect((await sent).postDataJSON()).toEqual({
    token_name: 'lb-probe',
    permissions: [{ resource_type: 'system', resource_names: ['health', 'ping'], actions: ['read'] }],
    expiry_secs: 90 * DAY,
  })

  await revealedSecret(dialog)
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  const row = tokenRow(page, 'lb-probe')
  // A new row also says "New" for a few seconds: on a loaded machine it may still show.
  await expect(await tokenCell(row, 'Kind')).toHaveText(/^System( New)?$/)
  await expect(await tokenCell(row, 'Permissions')).toHaveText('System read · health, ping')
})

test('on InfluxDB 3 Core only admin tokens can be chosen, and the chooser says why', async ({ page }) => {
  await page.goto('/?scenario=core')
  await expect(page.getByLabel('Connected to InfluxDB 3 Core 3.10.1')).toBeVisible()
  await page.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create a token' })

  const admin = dialog.getByRole('radio', { name: /^Admin token/ })
  await expect(admin).toBeEnabled()
  // Full access is never chosen for the user, even where it is the only type; the focus is on it.
  await expect(admin).not.toBeChecked()
  await expect(admin).toBeFocused()
  for (const type of ['Database token', 'System token']) {
    const radio = dialog.getByRole('radio', { name: new RegExp(`^${type}`) })
    await expect(radio).toBeDisabled()
    await expect(radio).toHaveAccessibleDescription(/Resource tokens need InfluxDB 3 Enterprise/)
  }
  // Said once per type (the templates below the types say it for themselves).
  await expect(
    dialog.getByRole('group', { name: 'Token type' }).getByText(/Resource tokens need InfluxDB 3 Enterprise/),
  ).toHaveCount(2)
})

test('a database token can be created with the keyboard alone', async ({ page }) => {
  await page.goto('/tokens')
  await expect(tokenRow(page, '_admin')).toBeVisible()

  const { dialog, createButton } = await openDatabaseFormByKeyboard(page, { next: 'Next button' })
  const name = dialog.getByRole('textbox', { name: 'Name', exact: true })
  await expect(name).toBeFocused()
  await page.keyboard.type('keyboard-writer')

  // One Tab into the grid's rows (the first row's Read box), then the arrow keys.
  await tabTo(page, dialog.locator('tbody [tabindex="0"]'))
  await page.keyboard.press('ArrowRight')
  for (const cell of ['Write sensors', 'Write weather']) {
    const checkbox = dialog.getByRole('checkbox', { name: cell })
    await arrowTo(page, checkbox, 'ArrowDown')
    await page.keyboard.press('Space')
    await expect(checkbox).toBeChecked()
  }

  const sent = nextRequest(page, 'POST', '/api/v3/enterprise/configure/token')
  await tabTo(page, dialog.getByRole('button', { name: 'Create token' }))
  await page.keyboard.press('Enter')
  expect((await sent).postDataJSON()).toMatchObject({
    token_name: 'keyboard-writer',
    permissions: [{ resource_type: 'db', resource_names: ['sensors', 'weather'], actions: ['write'] }],
  })

  const secret = await revealedSecret(dialog)
  await tabTo(page, dialog.getByRole('button', { name: 'Copy token' }))
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Token copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)

  await tabTo(page, dialog.getByRole('button', { name: 'Done' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(createButton).toBeFocused()
  await expect((await tokenCell(tokenRow(page, 'keyboard-writer'), 'Permissions')).getByRole('listitem')).toHaveText([
    'Write · sensors, weather',
  ])
})

test('after a token is created, the create dialog can be opened and cancelled again', async ({ page }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Admin token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('first-of-two')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  await revealedSecret(dialog)
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Create token' }).click()
  await expect(dialog).toHaveAccessibleName('Create a token')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
})

test('a filled form asks before it is thrown away, and "All databases" then "Specific databases" gives the picks back', async ({
  page,
}) => {
  // Two forms and a question in one journey.
  test.setTimeout(60_000)
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Database token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('half-way')
  const grid = dialog.getByRole('grid', { name: 'Database permissions' })
  await grid.getByRole('checkbox', { name: 'Read sensors' }).check()
  await grid.getByRole('checkbox', { name: 'Read weather' }).check()
  await expect(dialog.getByText('2 selected')).toBeVisible()

  // "All" for Read, then back: the two picks are still there, nothing else is.
  const read = dialog.getByRole('group', { name: 'Read' })
  await read.getByRole('radio', { name: /^All databases/ }).check()
  await expect(grid.getByRole('checkbox', { name: 'Read billing' })).toBeChecked()
  await expect(dialog.getByText(/will be able to read every database, including ones created later/)).toBeVisible()
  await read.getByRole('radio', { name: 'Specific databases' }).check()
  await expect(grid.getByRole('checkbox', { name: 'Read sensors' })).toBeChecked()
  await expect(grid.getByRole('checkbox', { name: 'Read weather' })).toBeChecked()
  await expect(grid.getByRole('checkbox', { name: 'Read billing' })).not.toBeChecked()

  // Escape asks; Keep editing keeps everything.
  await page.keyboard.press('Escape')
  const question = page.getByRole('alertdialog', { name: 'Discard this token?' })
  await expect(question).toBeVisible()
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  await question.getByRole('button', { name: 'Keep editing' }).click()
  await expect(question).toBeHidden()
  await expect(dialog).toHaveAccessibleName('Create a database token')
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('half-way')

  // A click outside the dialog asks too; Discard closes it and creates nothing.
  await page.mouse.click(4, 4)
  await expect(question).toBeVisible()
  await question.getByRole('button', { name: 'Discard' }).click()
  await expect(dialog).toBeHidden()
  await expect(tokenRow(page, 'half-way')).toHaveCount(0)

  // An untouched form closes at once.
  await openCreateForm(page, 'Database token')
  await expect(dialog.getByRole('grid', { name: 'Database permissions' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(question).toBeHidden()
})
