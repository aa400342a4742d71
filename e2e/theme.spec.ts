/**
 * The themes: axe (WCAG 2.0/2.1 A and AA, colour contrast included) finds nothing on the token
 * list, the create dialog and the databases page with the system in light or in dark mode, and a
 * theme chosen in the header is applied at once and again on the next load, before the console's
 * JavaScript runs.
 */
import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { openCreateForm, tokenRow } from './pages/tokens'

const BACKGROUND = { light: 'rgb(246, 247, 249)', dark: 'rgb(15, 17, 23)' }

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`with the system in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    // Three axe runs over whole pages: several seconds each on a loaded two-core machine.
    test.describe.configure({ timeout: 60_000 })

    test('axe finds no violation on the tokens page, the create dialog and the databases page', async ({ page }) => {
      await page.goto('/tokens')
      // A fresh context: the demo's service worker starts first, which can take a while with
      // another worker running axe beside it.
      await expect(tokenRow(page, '_admin')).toBeVisible({ timeout: 30_000 })
      expect(await pageBackground(page)).toBe(BACKGROUND[scheme])
      await expectNoAxeViolations(page, `tokens page, ${scheme}`)

      const dialog = await openCreateForm(page, 'Database token')
      await expect(dialog.getByLabel('Name')).toBeVisible()
      await expectNoAxeViolations(page, `database token form, ${scheme}`)
      await dialog.getByRole('button', { name: 'Close' }).click()

      await page.getByRole('link', { name: 'Databases' }).click()
      await expect(page.getByRole('table', { name: 'Databases' }).getByRole('rowheader', { name: /^sensors/ })).toBeVisible()
      await expectNoAxeViolations(page, `databases page, ${scheme}`)
    })
  })
}

test.describe('the header’s theme choice', () => {
  test.use({ colorScheme: 'light' })

  test('applies a chosen theme at once and on the next load, and System hands back to the system', async ({ page, context }) => {
    await page.goto('/tokens')
    const theme = page.getByRole('combobox', { name: 'Theme' })
    await expect(theme).toHaveValue('system')
    await expect(theme.getByRole('option', { name: 'System (light)' })).toBeAttached()

    await theme.selectOption('Dark')
    expect(await pageBackground(page)).toBe(BACKGROUND.dark)

    // The saved choice is on <html> before the console's JavaScript runs: the splash has it.
    // (context.route: the demo's service worker fetches the scripts.)
    await context.route('**/assets/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }))
    await page.reload()
    await expect(page.getByText('Loading the InfluxDB Token Console…')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(BACKGROUND.dark)
    await context.unroute('**/assets/*.js')

    await page.reload()
    await expect(tokenRow(page, '_admin')).toBeVisible()
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system')
    expect(await pageBackground(page)).toBe(BACKGROUND.light)
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
  })
})
