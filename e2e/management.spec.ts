/**
 * Cloud Dedicated in a real browser against the demo build (`?scenario=cloud-dedicated`): a
 * token's permissions changed in place with the change shown first, a token revoked and still
 * listed as revoked once "Show revoked" is ticked, a database's limits changed. The demo's mock
 * lives in the page's service worker and is reseeded on every load, so each journey moves
 * through the app's own links and never reloads.
 */
import type { Page, Request } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { databaseRow, openDatabases } from './pages/databases'
import { tokenCell, tokenRow } from './pages/tokens'

// Two of these run axe once: several seconds a run on a loaded two-core machine.
test.describe.configure({ timeout: 60_000 })

async function openDedicatedTokens(page: Page) {
  await page.goto('/tokens?scenario=cloud-dedicated')
  await expect(tokenRow(page, 'Grafana dashboards')).toBeVisible()
}

/** The next request of `method` whose path ends with `suffix` (the account and cluster ids before it are the mock's own). */
function nextManagementRequest(page: Page, method: string, suffix: RegExp): Promise<Request> {
  return page.waitForRequest((request) => request.method() === method && suffix.test(new URL(request.url()).pathname))
}

const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' })

test('an operator changes a token’s permissions in place, seeing first what the change adds and removes', async ({ page }) => {
  await openDedicatedTokens(page)
  const row = tokenRow(page, 'Grafana dashboards')
  await expect(await tokenCell(row, 'Permissions')).toHaveText('Read · sensors, weather')

  await row.getByRole('button', { name: 'Edit permissions of token Grafana dashboards' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit permissions of token “Grafana dashboards”' })
  await expect(dialog.getByRole('checkbox', { name: 'Read sensors' })).toBeChecked()
  await dialog.getByRole('checkbox', { name: 'Write weather' }).check()
  await dialog.getByRole('checkbox', { name: 'Read sensors' }).uncheck()
  const changes = dialog.getByRole('region', { name: 'What saving changes' })
  await expect(changes.getByRole('listitem')).toHaveText(['Adds: Write · weather', 'Removes: Read · sensors'])
  await expectNoAxeViolations(page, 'edit permissions dialog, with a change')

  const sent = nextManagementRequest(page, 'PATCH', /\/api\/v0\/accounts\/[^/]+\/clusters\/[^/]+\/tokens\/[^/]+$/)
  await dialog.getByRole('button', { name: 'Save permissions' }).click()
  expect((await sent).postDataJSON()).toEqual({
    permissions: [
      { action: 'read', resource: 'weather' },
      { action: 'write', resource: 'weather' },
    ],
  })
  await expect(dialog).toBeHidden()
  await expect(notifications(page)).toContainText('Permissions of token “Grafana dashboards” saved.')
  await expect(await tokenCell(row, 'Permissions')).toHaveText('Read, Write · weather')
})

test('a revoked token leaves the list, and stays listed as revoked with “Show revoked”', async ({ page }) => {
  await openDedicatedTokens(page)
  const summary = page.getByRole('status').filter({ hasText: /^Showing/ })
  await expect(summary).toHaveText('Showing 1–8 of 8 tokens. 1 revoked token hidden.')

  await tokenRow(page, 'Log shipper').getByRole('button', { name: 'Revoke token Log shipper' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Revoke token “Log shipper”?' })
  await expect(confirm).toContainText('It stays in the list, marked revoked.')
  // Revoking cannot be undone: typed, not clicked.
  await expect(confirm.getByRole('button', { name: 'Revoke token' })).toBeDisabled()
  await confirm.getByRole('textbox', { name: 'Type Log shipper to confirm' }).fill('Log shipper')
  const sent = nextManagementRequest(page, 'DELETE', /\/tokens\/[^/]+$/)
  await confirm.getByRole('button', { name: 'Revoke token' }).click()
  await sent
  await expect(confirm).toBeHidden()
  await expect(notifications(page)).toContainText('Token “Log shipper” revoked.')
  await expect(tokenRow(page, 'Log shipper')).toHaveCount(0)
  await expect(summary).toHaveText('Showing 1–7 of 7 tokens. 2 revoked tokens hidden.')

  await page.getByRole('checkbox', { name: 'Show revoked' }).check()
  await expect(page).toHaveURL(/[?&]revoked=1(&|$)/)
  const revoked = tokenRow(page, 'Log shipper')
  const kind = await tokenCell(revoked, 'Kind')
  await expect(kind).toContainText('Revoked')
  await expect(kind).toContainText('just now')
  await expect(revoked.getByRole('button', { name: 'Revoke token Log shipper' })).toHaveCount(0)
  await expect(tokenRow(page, 'Old ingest pipeline')).toBeVisible()
})

test('an operator changes a database’s limits, seeing before and after', async ({ page }) => {
  await openDedicatedTokens(page)
  await openDatabases(page)
  const row = databaseRow(page, 'weather')
  await row.getByRole('button', { name: 'Edit limits and retention of weather' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit limits and retention of “weather”' })
  const maxTables = dialog.getByRole('textbox', { name: 'Max tables' })
  await expect(maxTables).toHaveValue('200')
  await maxTables.fill('300')
  await expect(dialog.getByRole('list', { name: 'What saving changes' })).toHaveText('Max tables: 200 → 300')
  await expectNoAxeViolations(page, 'limits and retention dialog, with a change')

  const sent = nextManagementRequest(page, 'PATCH', /\/databases\/weather$/)
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  expect((await sent).postDataJSON()).toEqual({ maxTables: 300 })
  await expect(dialog).toBeHidden()
  await expect(notifications(page)).toContainText('Settings of “weather” changed. Max tables: 200 → 300.')
  // The first cell is the retention; the limits follow it.
  await expect(row.getByRole('cell').nth(1)).toHaveText('300')
})
