/**
 * Accessibility: axe (WCAG 2.0/2.1 A and AA) finds nothing on any page or in any dialog state,
 * and a keyboard-only operator can create a database token, copy it and delete it, with focus
 * going back where it came from and every outcome announced through a live region.
 */
import type { Locator, Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { consoleErrorsExpected, expect, test } from './fixtures'
import { arrowTo, tabTo } from './keyboard'
import { openCreateForm, openDatabaseFormByKeyboard, revealedSecret, tokenRow } from './pages/tokens'

async function openTokens(page: Page, url = '/tokens') {
  await page.goto(url)
  await expect(tokenRow(page, '_admin')).toBeVisible()
}

async function openDatabases(page: Page) {
  await page.goto('/databases')
  await expect(page.getByRole('table', { name: 'Databases' }).getByRole('rowheader', { name: /^sensors/ })).toBeVisible()
}

test.describe('axe finds no WCAG A/AA violation', () => {
  // axe analyses the whole page: several seconds a run on a loaded two-core machine. Each test
  // runs at most three, and has the time for them.
  test.describe.configure({ timeout: 60_000 })

  test('on the tokens page', async ({ page }) => {
    await openTokens(page)
    await expectNoAxeViolations(page, 'tokens page')
  })

  test('on the databases page', async ({ page }) => {
    await openDatabases(page)
    await expectNoAxeViolations(page, 'databases page')
  })

  test('on the connection page, connected', async ({ page }) => {
    await page.goto('/connection')
    await expect(page.getByRole('region', { name: 'Current connection' })).toBeVisible()
    await expectNoAxeViolations(page, 'connection page, connected')
  })

  test('on the lost-token page and the 404 page', async ({ page }) => {
    await page.goto('/connection/lost-operator-token')
    await expect(page.getByRole('heading', { name: 'Lost the operator token?' })).toBeVisible()
    await expectNoAxeViolations(page, 'lost operator token page')

    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expectNoAxeViolations(page, '404 page')
  })

  const invalidToken401 = consoleErrorsExpected('the browser logs the 401 of the invalid token as an error')

  test('on the connect screen and its errors', { annotation: invalidToken401 }, async ({ page }) => {
    await page.goto('/?scenario=empty')
    const token = page.getByLabel('Admin token')
    await expect(token).toBeVisible()
    await expectNoAxeViolations(page, 'connect screen')

    await page.getByRole('button', { name: 'Connect' }).click()
    await expect(token).toHaveAccessibleDescription(/Enter the token/)
    await expectNoAxeViolations(page, 'connect screen, empty token')

    await token.fill('apiv3_not-a-token')
    await page.getByRole('button', { name: 'Show token' }).click()
    await page.getByRole('button', { name: 'Connect' }).click()
    await expect(page.getByRole('alert')).toContainText('This token is not valid')
    await expectNoAxeViolations(page, 'connect screen, invalid token')
  })

  test('in the type chooser and the admin form', async ({ page }) => {
    await openTokens(page)
    await page.getByRole('button', { name: 'Create token' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toHaveAccessibleName('Create a token')
    await expectNoAxeViolations(page, 'type chooser')
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    const form = await openCreateForm(page, 'Admin token')
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('a11y-admin')
    await expectNoAxeViolations(page, 'admin token form')
    await form.getByRole('button', { name: 'Back' }).click()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  test('in the system form, and in the type chooser on Core', async ({ page }) => {
    await openTokens(page)
    const dialog = page.getByRole('dialog')
    const form = await openCreateForm(page, 'System token')
    // No name yet: the first click on a permission must land (no error shifting it away).
    await form.getByRole('checkbox', { name: /^Health/ }).check()
    await expectNoAxeViolations(page, 'system token form')
    await form.getByRole('button', { name: 'Back' }).click()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()

    // On InfluxDB 3 Core the resource types are disabled and explained.
    await openTokens(page, '/?scenario=core')
    await page.getByRole('button', { name: 'Create token' }).click()
    await expect(dialog.getByRole('radio', { name: /^Database token/ })).toBeDisabled()
    await expectNoAxeViolations(page, 'type chooser on Core')
  })

  test('in the database form with a mixed grid, the reveal and “Close without copying?”', async ({ page }) => {
    await openTokens(page)
    const form = await openCreateForm(page, 'Database token')
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('a11y-database')
    const grid = form.getByRole('grid', { name: 'Database permissions' })
    await grid.getByRole('checkbox', { name: 'Read sensors' }).check()
    await grid.getByRole('checkbox', { name: 'Write weather' }).check()
    await expect(grid.getByRole('checkbox', { name: /^Read all \d+ listed databases$/ })).toHaveAttribute('aria-checked', 'mixed')
    await expectNoAxeViolations(page, 'database token form with a mixed grid')

    await form.getByRole('button', { name: 'Create token' }).click()
    await revealedSecret(form)
    await expectNoAxeViolations(page, 'one-time reveal')

    await form.getByRole('button', { name: 'Done' }).click()
    await expect(form.getByText('Close without copying?')).toBeVisible()
    await expectNoAxeViolations(page, '“Close without copying?” step')
    await form.getByRole('button', { name: 'Close without copying' }).click()
    await expect(form).toBeHidden()
  })

  test('in the delete and regenerate confirmations', async ({ page }) => {
    await openTokens(page)
    await tokenRow(page, 'ci-deploy').getByRole('button', { name: 'Delete token ci-deploy' }).click()
    const confirm = page.getByRole('alertdialog')
    await expect(confirm).toHaveAccessibleName('Delete token “ci-deploy”?')
    await expectNoAxeViolations(page, 'delete token confirmation')
    await confirm.getByRole('button', { name: 'Cancel' }).click()

    await tokenRow(page, '_admin').getByRole('button', { name: 'Regenerate operator token _admin' }).click()
    await expect(confirm).toHaveAccessibleName('Regenerate the operator token?')
    await expectNoAxeViolations(page, 'regenerate confirmation')
    await confirm.getByRole('textbox', { name: 'Type _admin to confirm' }).fill('_admin')
    await confirm.getByRole('button', { name: 'Regenerate' }).click()
    const reveal = page.getByRole('dialog', { name: 'Operator token regenerated' })
    await revealedSecret(reveal)
    await expectNoAxeViolations(page, 'new operator token reveal')
  })

  test('in the database dialogs', async ({ page }) => {
    await openDatabases(page)
    await page.getByRole('button', { name: 'Create database' }).click()
    const create = page.getByRole('dialog', { name: 'Create a database' })
    await create.getByRole('radio', { name: 'Delete data older than…' }).check()
    await expectNoAxeViolations(page, 'create database')
    await create.getByRole('textbox', { name: 'Database name' }).fill('_bad name')
    await expect(create.getByRole('textbox', { name: 'Database name' })).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page, 'create database, invalid name')
    await create.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('button', { name: 'Edit retention of sensors' }).click()
    const retention = page.getByRole('dialog', { name: 'Edit retention of “sensors”' })
    await expect(retention).toBeVisible()
    await expectNoAxeViolations(page, 'retention')
    await retention.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('button', { name: 'Delete database sensors' }).click()
    const remove = page.getByRole('alertdialog', { name: 'Delete database “sensors”?' })
    await expect(remove.getByRole('region', { name: 'Tokens with access' })).toBeVisible()
    await remove.getByRole('radio', { name: /^At a date/ }).check()
    await expectNoAxeViolations(page, 'delete database')

    // Deleted, its row (and the button that opened the dialog) is gone: the focus goes to main.
    await remove.getByRole('radio', { name: /^After the server’s grace period/ }).check()
    await remove.getByRole('textbox', { name: 'Type sensors to confirm' }).fill('sensors')
    await remove.getByRole('button', { name: 'Delete database' }).click()
    await expect(remove).toBeHidden()
    await expect(page.getByRole('main')).toBeFocused()
  })
})

async function expectFocusOn(target: Locator, what: string) {
  await expect(target, `focus returns to ${what}`).toBeFocused()
}

test.describe('keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('creates a database token with a mixed grid, copies it, closes the reveal and deletes it', async ({ page }) => {
    await openTokens(page)
    const notifications = page.getByRole('status', { name: 'Notifications' })
    await expect(notifications).toHaveAttribute('aria-live', 'polite')

    // Open "Create token" and pick "Database token" with the arrow keys; Enter moves on.
    const { dialog, createButton } = await openDatabaseFormByKeyboard(page, { next: 'Enter' })

    // Name, then read on sensors and write on weather: both column headers go mixed.
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused()
    await page.keyboard.type('keyboard-mixed')
    // The grid's rows are one Tab stop (the first row's Read box); the arrow keys move inside.
    const grid = dialog.getByRole('grid', { name: 'Database permissions' })
    await tabTo(page, grid.locator('tbody [tabindex="0"]'))
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Read /)
    await arrowTo(page, grid.getByRole('checkbox', { name: 'Read sensors' }), 'ArrowDown')
    await page.keyboard.press('Space')
    await arrowTo(page, grid.getByRole('checkbox', { name: 'Read weather' }), 'ArrowDown')
    await page.keyboard.press('ArrowRight')
    await expect(grid.getByRole('checkbox', { name: 'Write weather' })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(grid.getByRole('checkbox', { name: /^Read all \d+ listed databases$/ })).toHaveAttribute('aria-checked', 'mixed')
    await expect(grid.getByRole('checkbox', { name: /^Write all \d+ listed databases$/ })).toHaveAttribute(
      'aria-checked',
      'mixed',
    )
    await page.keyboard.press('ArrowLeft')
    await expect(grid.getByRole('checkbox', { name: 'Read weather' })).toBeFocused()
    // Tab leaves the grid for the next field; Shift+Tab comes back to the same box.
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('textbox', { name: 'Or type permissions' })).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(grid.getByRole('checkbox', { name: 'Read weather' })).toBeFocused()
    await expect(dialog.getByText(/will be able to read sensors and write weather, until /)).toBeVisible()

    await tabTo(page, dialog.getByRole('button', { name: 'Create token' }))
    await page.keyboard.press('Enter')
    const secret = await revealedSecret(dialog)
    await expect(notifications).toContainText('Token “keyboard-mixed” created.')

    // Copy, announced in the dialog's own status region.
    await tabTo(page, dialog.getByRole('button', { name: 'Copy token' }))
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('status').filter({ hasText: 'Token copied to the clipboard.' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)

    await tabTo(page, dialog.getByRole('button', { name: 'Done' }))
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expectFocusOn(createButton, 'the “Create token” button')

    // Delete it: Escape first (focus back on its trash button), then confirm.
    const row = tokenRow(page, 'keyboard-mixed')
    const trash = row.getByRole('button', { name: 'Delete token keyboard-mixed' })
    // Past the overview's counts, the bulk tools and the rows above with their Clone, Replace… and
    // selection stops: more than the default forty presses.
    await tabTo(page, trash, { max: 150 })
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('alertdialog', { name: 'Delete token “keyboard-mixed”?' })
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(confirm).toBeHidden()
    await expectFocusOn(trash, 'the trash button')

    await page.keyboard.press('Space')
    await expect(confirm).toBeVisible()
    await tabTo(page, confirm.getByRole('button', { name: 'Delete token' }))
    await page.keyboard.press('Enter')
    await expect(confirm).toBeHidden()
    await expect(row).toHaveCount(0)
    await expect(notifications).toContainText('Token “keyboard-mixed” deleted.')
    // The trash button went with its row: the focus lands on the main landmark, not on <body>,
    // and the next Tab reaches the page's controls.
    await expect(page.getByRole('main')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1)
  })
})
