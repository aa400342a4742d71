import { expect, test } from './fixtures'

test('the demo opens on the seeded tokens of a mock InfluxDB 3 Enterprise', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/tokens$/)
  const table = page.getByRole('table', { name: 'Tokens' })
  await expect(table.getByRole('rowheader', { name: /^_admin/ })).toBeVisible()
  expect(await table.getByRole('row').count()).toBeGreaterThan(10)
  await expect(page.getByLabel('Connected to InfluxDB 3 Enterprise 3.10.1')).toBeVisible()
  await expect(page.getByText('Demo server')).toBeVisible()
})

test('the demo server answers from the service worker', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible()
  const scriptUrl = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return registration?.active?.scriptURL ?? null
  })
  expect(scriptUrl).toMatch(/mockServiceWorker\.js$/)
})

test('the databases page lists the seeded databases', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Databases' }).click()
  const table = page.getByRole('table', { name: 'Databases' })
  await expect(table.getByRole('rowheader', { name: /_internal/ })).toContainText('System database')
  expect(await table.getByRole('row').count()).toBeGreaterThan(5)
})

test('the core scenario shows an InfluxDB 3 Core server', async ({ page }) => {
  await page.goto('/?scenario=core')
  await expect(page.getByLabel('Connected to InfluxDB 3 Core 3.10.1')).toBeVisible()
})

test('the empty scenario asks for a token, as a fresh server has none', async ({ page }) => {
  await page.goto('/?scenario=empty')
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible()
})
