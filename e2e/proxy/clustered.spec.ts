/**
 * InfluxDB Clustered through the console's proxy (`INFLUXDB_CLUSTERED_URL`), against the seeded
 * standalone management API mock (`--product clustered --token T`): the operator connects with a
 * management token alone (Clustered has no account or cluster ids), creates a database token,
 * sees its string once and revokes it; and a failing upstream is told in words, with a Retry that
 * works once it recovers. The mock keeps its state for the whole run: each journey makes its own names.
 */
import type { Page } from '@playwright/test'

import { CLUSTERED_TOKEN } from '../../playwright.proxy.config'
import { consoleErrorsExpected, expect, test } from '../fixtures'
import { tokenCell, tokenRow } from '../pages/tokens'

async function connectClustered(page: Page) {
  await page.goto('/connection')
  const form = page.getByRole('form', { name: 'Connect to InfluxDB Clustered' })
  await expect(form).toContainText('through this console’s proxy')
  await expect(form.getByRole('textbox', { name: 'Account ID' })).toHaveCount(0)
  await form.getByRole('textbox', { name: 'Management token' }).fill(CLUSTERED_TOKEN)
  await form.getByRole('button', { name: 'Connect' }).click()
  await expect(tokenRow(page, 'Backfill job')).toBeVisible()
}

test('an operator connects with a management token, creates a database token, sees it once and revokes it', async ({ page }) => {
  // A build and eight servers share two cores with other suites: a fresh connection can be slow.
  test.slow()
  await connectClustered(page)

  await page.getByRole('button', { name: 'Create token' }).click()
  await page.getByRole('dialog', { name: 'Create a token' }).getByRole('button', { name: 'Next' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create a database token' })
  await dialog.getByRole('textbox', { name: 'Description' }).fill('proxy-clustered-reader')
  await dialog.getByRole('grid', { name: 'Database permissions' }).getByRole('checkbox', { name: 'Read sensors' }).check()
  await dialog.getByRole('radio', { name: 'Never' }).check()
  const sent = page.waitForRequest(
    (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/tokens'),
  )
  await dialog.getByRole('button', { name: 'Create token' }).click()
  // The documented Clustered path: no account or cluster segments.
  expect(new URL((await sent).url()).pathname).toBe('/api/v0/tokens')

  const reveal = page.getByRole('dialog', { name: 'Token “proxy-clustered-reader” created' })
  await expect(reveal.getByRole('textbox', { name: 'Token string' })).toHaveValue(/\S{20,}/)
  await reveal.getByRole('button', { name: 'Done' }).click()
  await reveal.getByRole('button', { name: 'Close without copying' }).click()

  const row = tokenRow(page, 'proxy-clustered-reader')
  await expect(await tokenCell(row, 'Expiry')).toContainText('Never')
  await row.getByRole('button', { name: 'Revoke token proxy-clustered-reader' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Revoke token “proxy-clustered-reader”?' })
  await confirm.getByRole('textbox', { name: 'Type proxy-clustered-reader to confirm' }).fill('proxy-clustered-reader')
  await confirm.getByRole('button', { name: 'Revoke token' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Token “proxy-clustered-reader” revoked.')
  await expect(row).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Show revoked' }).check()
  await expect(await tokenCell(row, 'Kind')).toContainText('Revoked')
})

test(
  'a token list the upstream fails is told in words, and Retry shows it once the upstream is back',
  { annotation: consoleErrorsExpected('the browser logs the 500 answer of the failed list') },
  async ({ page }) => {
    test.slow()
    await connectClustered(page)
    // The console's own origin answers for the upstream: the token lists fail until `failing` is cleared.
    let failing = true
    await page.route(
      (url) => url.pathname.startsWith('/api/v0/') && url.pathname.endsWith('/tokens'),
      async (route) => {
        if (!failing || route.request().method() !== 'GET') return route.fallback()
        await route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ code: 500, message: 'upstream failed' }),
        })
      },
    )
    await page.reload()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not load the tokens.')
    await expect(alert).toContainText('upstream failed')
    failing = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(tokenRow(page, 'Backfill job')).toBeVisible()
    await expect(alert).toHaveCount(0)
  },
)
