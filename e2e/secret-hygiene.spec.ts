/**
 * Secret hygiene: once the one-time reveal closes, a created or regenerated token string is
 * nowhere the console controls — storage (local, session, IndexedDB, Cache Storage, cookies),
 * the URL and history entries, the DOM, the console, the TanStack Query cache — and it never
 * reached a toast or the document title, not even while it was on screen.
 */
import type { Locator, Page } from '@playwright/test'

import { expect, type PageLog, test } from './fixtures'
import { copyAndCheckClipboard, openCreateForm, revealedSecret, tokenRow } from './pages/tokens'
import { queryClientHandle } from './probes/query-client'
import { expectSecretGone, placesHolding, queryCacheText } from './probes/secret-places'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/**
 * While the reveal shows the string (after a copy, where there was one): only the reveal itself
 * holds it — not the creation toast, not the title, not the copy's status line.
 */
async function expectOnlyTheRevealHolds(page: Page, log: PageLog, dialog: Locator, secret: string, toast: string) {
  const notifications = page.getByRole('status', { name: 'Notifications' })
  await expect(notifications).toContainText(toast)
  // Toasts, the copy status and every other live region.
  for (const region of await page.getByRole('status', { includeHidden: true }).all()) {
    expect(await region.textContent()).not.toContain(secret)
  }
  expect(await page.title()).not.toContain(secret)
  await expect(dialog.getByRole('textbox', { name: 'Token string' })).toHaveValue(secret)
  // The probe finds the string where it is meant to be, so its silence after closing means something.
  expect(await placesHolding(page, log, secret)).toEqual(['DOM', 'form field values'])
}

/** The query-cache probe reads real data: the refreshed list holds the new token's name. */
async function expectCacheProbeSees(page: Page, name: string) {
  await expect.poll(() => queryCacheText(page)).toContain(`"${name}"`)
}

test('an admin token string is gone everywhere once the reveal closes after copying', async ({ page, log }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Admin token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('hygiene-admin')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await expectOnlyTheRevealHolds(page, log, dialog, secret, 'Token “hygiene-admin” created.')
  await dialog.getByRole('button', { name: 'Done' }).click()

  await expect(tokenRow(page, 'hygiene-admin')).toBeVisible()
  await expectCacheProbeSees(page, 'hygiene-admin')
  await expectSecretGone(page, log, secret)
})

test('a database token with a mixed grid is gone everywhere once closed without copying', async ({ page, log }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'Database token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('hygiene-database')
  const grid = dialog.getByRole('grid', { name: 'Database permissions' })
  await grid.getByRole('checkbox', { name: 'Read sensors' }).check()
  await grid.getByRole('checkbox', { name: 'Write weather' }).check()
  await expect(grid.getByRole('checkbox', { name: /^Read all \d+ listed databases$/ })).toHaveAttribute('aria-checked', 'mixed')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)
  await expectOnlyTheRevealHolds(page, log, dialog, secret, 'Token “hygiene-database” created.')

  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Close without copying' }).click()

  await expect(tokenRow(page, 'hygiene-database')).toBeVisible()
  await expectCacheProbeSees(page, 'hygiene-database')
  await expectSecretGone(page, log, secret)
})

test('a system token string is gone everywhere after copying a snippet and closing', async ({ page, log }) => {
  await page.goto('/tokens')
  const dialog = await openCreateForm(page, 'System token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('hygiene-system')
  await dialog.getByRole('checkbox', { name: /^Health/ }).check()
  await dialog.getByRole('button', { name: 'Create token' }).click()
  const secret = await revealedSecret(dialog)
  await dialog.getByRole('button', { name: 'Copy shell snippet' }).click()
  await expect(dialog.getByText('Snippet copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`export INFLUXDB3_AUTH_TOKEN=${secret}`)
  await expectOnlyTheRevealHolds(page, log, dialog, secret, 'Token “hygiene-system” created.')
  await dialog.getByRole('button', { name: 'Close', exact: true }).click()

  await expect(tokenRow(page, 'hygiene-system')).toBeVisible()
  await expectCacheProbeSees(page, 'hygiene-system')
  await expectSecretGone(page, log, secret)
})

test('a cloned token’s string is gone everywhere once the reveal closes, and the clone’s link leaves the URL', async ({
  page,
  log,
}) => {
  await page.goto('/tokens')
  await tokenRow(page, 'etl-pipeline').getByRole('button', { name: 'Clone token etl-pipeline' }).click()
  const form = page.getByRole('dialog', { name: 'Clone a token' })
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('etl-pipeline (copy)')
  await form.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Token “etl-pipeline (copy)” created' })
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await expectOnlyTheRevealHolds(page, log, dialog, secret, 'Token “etl-pipeline (copy)” created.')
  await dialog.getByRole('button', { name: 'Done' }).click()

  await expect(tokenRow(page, 'etl-pipeline (copy)')).toBeVisible()
  expect(new URL(page.url()).search).toBe('')
  await expectCacheProbeSees(page, 'etl-pipeline (copy)')
  await expectSecretGone(page, log, secret)
})

test('a regenerated operator token is gone everywhere but the session once the reveal closes', async ({ page, log }) => {
  await page.goto('/tokens')
  await tokenRow(page, '_admin').getByRole('button', { name: 'Regenerate operator token _admin' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Regenerate the operator token?' })
  await confirm.getByRole('textbox', { name: 'Type _admin to confirm' }).fill('_admin')
  await confirm.getByRole('button', { name: 'Regenerate' }).click()

  const dialog = page.getByRole('dialog', { name: 'Operator token regenerated' })
  const secret = await revealedSecret(dialog)
  await copyAndCheckClipboard(page, dialog, secret)
  await expectOnlyTheRevealHolds(page, log, dialog, secret, 'Operator token regenerated.')
  await dialog.getByRole('button', { name: 'Done' }).click()

  // The console keeps working with the new string (in the session's memory, which is its job).
  const main = page.getByRole('navigation', { name: 'Main' })
  await main.getByRole('link', { name: 'Databases' }).click()
  await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible()
  await expectCacheProbeSees(page, 'sensors')
  await expectSecretGone(page, log, secret)
})

test('the query-cache probe finds a secret that was put into the cache', async ({ page }) => {
  // The control for the probe itself: a string planted in the cache through the app's own client.
  await page.goto('/tokens')
  await expect(tokenRow(page, '_admin')).toBeVisible()
  const planted = `apiv3_${'x'.repeat(86)}`
  const before = await queryCacheText(page)
  expect(before).not.toContain(planted)
  const client = await queryClientHandle(page)
  await client.evaluate((queryClient, value) => queryClient.setQueryData(['planted'], { value: new Set([value]) }), planted)
  expect(await queryCacheText(page)).toContain(planted)
})
