/**
 * Templates for common jobs and create forms as links: a template to a created token from the
 * keyboard, a link naming a database the server does not have, and links that never hold a
 * token string.
 */
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { tabTo } from './keyboard'
import { copyAndCheckClipboard, revealedSecret, tokenCell, tokenRow } from './pages/tokens'
import { expectSecretGone } from './probes/secret-places'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

// Each journey creates tokens, runs axe or the secret probes: given the time of a slow journey.
test.beforeEach(() => test.slow())

const draftParam = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const today = () => new Date().toISOString().slice(0, 10)

test('a Grafana reader template becomes a created token, from the keyboard', async ({ page, log }) => {
  await page.goto('/tokens')
  // The first journey after the server starts waits for the demo's service worker too.
  await expect(tokenRow(page, '_admin')).toBeVisible({ timeout: 30_000 })
  await tabTo(page, page.getByRole('button', { name: 'Create token' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Create a token')
  const template = dialog.getByRole('button', { name: 'Grafana reader' })
  await expect(template).toHaveAccessibleDescription(/^Read the databases you pick, for a year/)
  await expectNoAxeViolations(page, 'the type chooser with templates')
  await tabTo(page, template)
  await page.keyboard.press('Enter')

  await expect(dialog).toHaveAccessibleName('Create a database token')
  const name = `grafana-reader-${today()}`
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name)
  await expect(dialog.getByText('Tick Read for each database Grafana queries.')).toBeVisible()
  await expect(dialog.getByRole('radio', { name: '1 year' })).toBeChecked()
  await dialog.getByRole('checkbox', { name: 'Read weather' }).check()
  await expectNoAxeViolations(page, 'a template’s form')
  await dialog.getByRole('button', { name: 'Create token' }).click()

  await expect(dialog).toHaveAccessibleName(`Token “${name}” created`)
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await dialog.getByRole('button', { name: 'Done' }).click()
  const row = tokenRow(page, name)
  await expect(await tokenCell(row, 'Kind')).toHaveText('Database')
  await expect(await tokenCell(row, 'Permissions')).toHaveText('Read · weather')
  await expectSecretGone(page, log, secret)
})

test('a link naming a database the server does not have opens the form with that grant marked', async ({ page }) => {
  const draft = draftParam({ v: 1, type: 'database', name: 'ghost-writer', read: ['weather'], write: ['ghost'], expiry: '30d' })
  await page.goto(`/tokens?draft=${draft}`)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Create a token from a link')
  // The draft is read once, then leaves the address.
  await expect(page).toHaveURL(/\/tokens$/)
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('ghost-writer')
  await expect(dialog.getByRole('radio', { name: '30 days' })).toBeChecked()
  await expect(dialog.getByRole('rowheader', { name: /ghost/ })).toContainText('not on the server')
  await expect(dialog.getByRole('alert')).toHaveText(/“ghost” is not a database on this server: untick it to create the token/)
  const create = dialog.getByRole('button', { name: 'Create token' })
  await expect(create).toBeDisabled()
  await expectNoAxeViolations(page, 'a link with a missing database')

  await dialog.getByRole('checkbox', { name: 'Write ghost' }).uncheck()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await expect(create).toBeEnabled()
})

test('a form copied as a link holds its values and never a token string', async ({ page, log }) => {
  await page.goto('/tokens')
  await page.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'CI admin for 7 days' }).click()
  await expect(dialog).toHaveAccessibleName('Create an admin token')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  // A token string pasted as the name is refused, not put in a link.
  await page.getByRole('button', { name: 'Create token' }).click()
  await dialog.getByRole('button', { name: 'Telegraf writer' }).click()
  const nameField = dialog.getByRole('textbox', { name: 'Name', exact: true })
  await nameField.fill(secret)
  await dialog.getByRole('button', { name: 'Copy as link' }).click()
  await expect(dialog.getByRole('alert').filter({ hasText: 'a link never carries one' })).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Link to this draft' })).toHaveCount(0)

  await nameField.fill('telegraf-line-3')
  await dialog.getByRole('checkbox', { name: 'Write sensors' }).check()
  await dialog.getByRole('button', { name: 'Copy as link' }).click()
  await expect(dialog.getByText('Link copied to the clipboard.')).toBeVisible()
  const link = await dialog.getByRole('textbox', { name: 'Link to this draft' }).inputValue()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
  const draft = new URL(link).searchParams.get('draft') ?? ''
  expect(JSON.parse(Buffer.from(draft, 'base64url').toString())).toEqual({
    v: 1,
    type: 'database',
    name: 'telegraf-line-3',
    read: [],
    write: ['sensors'],
    expiry: '1y',
  })
  expect(link).not.toContain(secret)
  expect(link).not.toMatch(/apiv3_/)
  await dialog.getByRole('button', { name: 'Back' }).click()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expectSecretGone(page, log, secret)

  // The link opens the same draft.
  await page.goto(link)
  await expect(dialog).toHaveAccessibleName('Create a token from a link')
  await expect(nameField).toHaveValue('telegraf-line-3')
  await expect(dialog.getByRole('checkbox', { name: 'Write sensors' })).toBeChecked()
  expect(log.urls.join('\n')).not.toContain(secret)
})
