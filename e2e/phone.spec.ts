/**
 * The console on a 390 × 844 phone (the `phone` project of playwright.config.ts runs this file
 * alone): no page is wider than the screen, the header folds into a Menu, the lists are cards
 * that are still tables to assistive technology, dialogs are sheets whose primary button stays
 * in sight, and the main journeys run by touch.
 */
import type { Locator, Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, nextRequest, test } from './fixtures'
import { databaseRow } from './pages/databases'
import { copyAndCheckClipboard, openCreateForm, revealedSecret, tokenCell, tokenRow } from './pages/tokens'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })
// axe over a whole page takes seconds on a loaded two-core machine; the journey runs it three times.
test.describe.configure({ timeout: 90_000 })

async function expectNoSidewaysScroll(page: Page, state: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: innerWidth }))
  expect(widths.page, `page width: ${state}`).toBeLessThanOrEqual(widths.screen)
}

/** Follows a link of the main navigation, opening the Menu first, without a reload (which would reseed the demo). */
async function navigate(page: Page, link: string) {
  const menu = page.getByRole('button', { name: 'Menu' })
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click()
  // Following a link closes the menu.
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name })
/** The first row of the page's table, once the list has loaded. */
const firstRow = (table: string) => (page: Page) => page.getByRole('table', { name: table }).getByRole('row').nth(1)

/** Each page, and what shows once it has loaded. */
const PAGES: readonly [url: string, loaded: (page: Page) => Locator][] = [
  ['/tokens', firstRow('Tokens')],
  ['/databases', firstRow('Databases')],
  ['/connection', heading('Connection')],
  ['/connection/lost-operator-token', heading('Lost the operator token?')],
  ['/clustered/admin-token', heading(/admin token$/)],
  ['/tokens?scenario=influxdb2', firstRow('Tokens')],
  ['/tokens?scenario=cloud-dedicated', firstRow('Tokens')],
]

for (const [url, loaded] of PAGES) {
  test(`${url} is no wider than the screen`, async ({ page }) => {
    await page.goto(url)
    await expect(loaded(page)).toBeVisible()
    await expectNoSidewaysScroll(page, url)
  })
}

test('a database token created, copied and deleted on a phone; then a database created', async ({ page }) => {
  await page.goto('/tokens')
  // A card is still a row of a table, headed by the token's name.
  await expect(tokenRow(page, '_admin')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expectNoAxeViolations(page, 'tokens list on a phone')

  const dialog = await openCreateForm(page, 'Database token')
  await expect(dialog).toHaveAccessibleName('Create a database token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('phone-reader')
  await dialog.getByRole('grid', { name: 'Database permissions' }).getByRole('checkbox', { name: 'Read sensors' }).check()
  // The sheet fills the screen, and its primary button is in sight however far the form scrolls.
  const box = await dialog.boundingBox()
  expect(box).toMatchObject({ x: 0, y: 0, width: 390 })
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).scrollIntoViewIfNeeded()
  const create = dialog.getByRole('button', { name: 'Create token' })
  await expect(create).toBeInViewport()
  await expectNoAxeViolations(page, 'create dialog on a phone')
  await expectNoSidewaysScroll(page, 'create dialog')

  await create.click()
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  const done = dialog.getByRole('button', { name: 'Done' })
  await expect(done).toBeInViewport()
  await done.click()
  await expect(dialog).toBeHidden()

  const row = tokenRow(page, 'phone-reader')
  await expect(await tokenCell(row, 'Kind')).toHaveText('Database')
  await expect((await tokenCell(row, 'Permissions')).getByRole('listitem')).toHaveText(['Read · sensors'])
  // The card's actions are folded behind one button; the trash is among them.
  const actions = row.getByRole('button', { name: 'Actions for token phone-reader' })
  await expect(actions).toHaveAttribute('aria-expanded', 'false')
  await expect(row.getByRole('button', { name: 'Delete token phone-reader' })).toBeHidden()
  await actions.click()
  await row.getByRole('button', { name: 'Delete token phone-reader' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete token “phone-reader”?' })
  const remove = confirm.getByRole('button', { name: 'Delete token' })
  await expect(remove).toBeInViewport()
  await remove.click()
  await expect(confirm).toBeHidden()
  await expect(row).toHaveCount(0)

  await navigate(page, 'Databases')
  await expect(databaseRow(page, 'sensors')).toBeVisible()
  await page.getByRole('button', { name: 'Create database' }).click()
  const createDb = page.getByRole('dialog', { name: 'Create a database' })
  await createDb.getByRole('textbox', { name: 'Database name' }).fill('phone_db')
  const created = nextRequest(page, 'POST', '/api/v3/configure/database')
  await createDb.getByRole('button', { name: 'Create database' }).click()
  expect((await created).postDataJSON()).toMatchObject({ db: 'phone_db' })
  await expect(createDb).toBeHidden()
  await expect(databaseRow(page, 'phone_db')).toBeVisible()
  await expectNoSidewaysScroll(page, 'databases page')
  await expectNoAxeViolations(page, 'databases page on a phone')
})
