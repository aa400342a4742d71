/**
 * InfluxDB 2 through the console's proxy (`INFLUX_HOST`), against the seeded standalone mock:
 * the operator types the token in the connect form, creates a token and sees its string once,
 * deletes it; and a failing upstream is told in words, with a retry that works once it recovers.
 * The mock keeps its state for the whole run, so each journey makes its own names.
 */
import type { Page } from '@playwright/test'

import { V2_OPERATOR_TOKEN } from '../../playwright.proxy.config'
import { consoleErrorsExpected, expect, nextRequest, test } from '../fixtures'
import { tokenRow, V2_TOKEN_STRING } from '../pages/tokens'

async function connectV2(page: Page) {
  await page.goto('/connection')
  await expect(page.getByRole('form', { name: 'Connect to InfluxDB 2 / InfluxDB Cloud' })).toContainText(
    'through this console’s proxy',
  )
  await page.getByRole('textbox', { name: 'API token' }).fill(V2_OPERATOR_TOKEN)
  await page.getByRole('button', { name: 'Connect' }).click()
  // The operator's token reaches both of the seeded orgs: the console asks which one.
  const orgs = page.getByRole('form', { name: 'Choose the organization' })
  await orgs.getByRole('radio', { name: 'acme' }).check()
  await orgs.getByRole('button', { name: 'Connect' }).click()
  await expect(tokenRow(page, "admin's Token")).toBeVisible()
}

test('an operator connects through the proxy, creates a token, sees its string once and deletes it', async ({ page }) => {
  await connectV2(page)
  await expect(page.getByRole('banner')).toContainText('InfluxDB 2 OSS')

  await page.getByRole('button', { name: 'Create token' }).click()
  const chooser = page.getByRole('dialog', { name: 'Create a token' })
  // The templates load beside the types and move the buttons down: choose once they are in.
  await expect(chooser.getByRole('region', { name: 'Or start from a template' })).toBeVisible()
  await chooser.getByRole('radio', { name: 'Custom token' }).check()
  await chooser.getByRole('button', { name: 'Next' }).click()
  const form = page.getByRole('dialog', { name: 'Create a custom token' })
  await form.getByRole('textbox', { name: 'Description (optional)' }).fill('proxy-v2-reader')
  await form.getByRole('grid', { name: 'Bucket permissions' }).getByRole('checkbox', { name: 'Read sensors' }).check()
  const sent = nextRequest(page, 'POST', '/api/v2/authorizations')
  await form.getByRole('button', { name: 'Create token' }).click()
  expect(new URL((await sent).url()).origin).toBe(new URL(page.url()).origin)
  const reveal = page.getByRole('dialog', { name: 'Token “proxy-v2-reader” created' })
  await expect(reveal.getByRole('textbox', { name: 'Token string' })).toHaveValue(V2_TOKEN_STRING)
  await reveal.getByRole('button', { name: 'Done' }).click()
  await reveal.getByRole('button', { name: 'Close without copying' }).click()

  const row = tokenRow(page, 'proxy-v2-reader')
  await expect(row).toContainText('Read · sensors')
  await row.getByRole('button', { name: 'Delete token proxy-v2-reader' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete token “proxy-v2-reader”?' })
  await confirm.getByRole('button', { name: 'Delete token' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Token “proxy-v2-reader” deleted.')
  await expect(row).toHaveCount(0)
})

test(
  'a token list the upstream fails is told in words, and Retry shows it once the upstream is back',
  { annotation: consoleErrorsExpected('the browser logs the 500 answer of the failed list') },
  async ({ page }) => {
    await connectV2(page)
    // The console's own origin answers for the upstream: the next lists fail until `failing` is cleared.
    let failing = true
    await page.route('**/api/v2/authorizations?*', async (route) => {
      if (!failing || route.request().method() !== 'GET') return route.fallback()
      await route.fulfill({
        status: 500,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({ code: 'internal error', message: 'upstream failed' }),
      })
    })
    // The session lives in this tab: a reload asks for the list again.
    await page.reload()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not load the tokens.')
    await expect(alert).toContainText('The server answered 500: upstream failed.')
    failing = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(tokenRow(page, "admin's Token")).toBeVisible()
    await expect(alert).toHaveCount(0)
  },
)
