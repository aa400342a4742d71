// Risk at a glance on the token list: the counts set the filter, the expiry timeline works from
// the keyboard, and both pass axe. On InfluxDB 2, where tokens cannot expire, it says so.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

// Axe and the first read take a while on a loaded machine.
test.describe.configure({ timeout: 120_000 })

test('the counts above the list set the filter, and show which one is on', async ({ page }) => {
  await page.goto('/tokens')
  const counts = page.getByRole('group', { name: 'Tokens at risk' })
  const expired = counts.getByRole('button', { name: /^\d+ expired$/ })
  await expect(expired).toBeVisible({ timeout: 60_000 })
  const n = Number.parseInt((await expired.textContent()) ?? '', 10)
  await expired.click()

  await expect(page).toHaveURL(/\/tokens\?expiry=expired$/)
  await expect(expired).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('table', { name: 'Tokens' }).getByRole('rowheader')).toHaveCount(n)
  await expect(page.getByText(`Showing 1–${n} of ${n} tokens`)).toBeVisible()
  await expectNoAxeViolations(page, 'token list filtered by an expiry count')

  await counts.getByRole('button', { name: /^\d+ full access$/ }).click()
  await expect(page).toHaveURL(/expiry=expired&access=full$/)
})

test('the expiry timeline opens a day’s tokens from the keyboard', async ({ page }) => {
  await page.goto('/tokens')
  await page.getByRole('button', { name: 'Expiry timeline' }).click({ timeout: 60_000 })
  const timeline = page.getByRole('toolbar', { name: 'Expiry timeline' })
  await expect(timeline).toBeVisible()
  await expectNoAxeViolations(page, 'token list with the expiry timeline open')

  await page.keyboard.press('Tab')
  const marks = timeline.getByRole('button')
  await expect(marks.first()).toBeFocused()
  await expect(marks.first()).toHaveAccessibleName(/expired: /)
  await page.keyboard.press('ArrowRight')
  await expect(marks.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(/\/tokens\?expires=\d{4}-\d\d-\d\d$/)
  await expect(page.getByText(/^Tokens that expire on /)).toBeVisible()
  await expect(marks.nth(1)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('table', { name: 'Tokens' }).getByRole('rowheader').first()).toBeVisible()
})

test('on InfluxDB 2 the list says its tokens do not expire instead of counting them', async ({ page }) => {
  await page.goto('/tokens?scenario=influxdb2')
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible({ timeout: 60_000 })
  const counts = page.getByRole('group', { name: 'Tokens at risk' })
  await expect(counts.getByText('Tokens on this server do not expire.')).toBeVisible()
  await expect(counts.getByRole('button', { name: /expire/ })).toHaveCount(0)
  await expectNoAxeViolations(page, 'InfluxDB 2 token list with its risk counts')
})
