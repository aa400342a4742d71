/**
 * A fresh InfluxDB 3 server (the demo's empty scenario) is not a dead end: the connect screen
 * creates its operator token, reveals it once and connects with it. And while the server does
 * not answer, a bar says so above every page, and goes when the server answers again.
 */
import { expectNoAxeViolations } from './axe'
import { consoleErrorsExpected, expect, test } from './fixtures'
import { revealedSecret, tokenRow, tokenTable } from './pages/tokens'

// axe on a loaded machine.
test.describe.configure({ timeout: 90_000 })

test('the operator token of a fresh server is created from the connect screen, revealed once, and connects', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/?scenario=empty')
  const offer = page.getByRole('region', { name: 'New server' })
  await offer.getByRole('button', { name: 'Create the operator token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create the operator token' })
  await expectNoAxeViolations(page, 'fresh server: create the operator token')
  await dialog.getByRole('button', { name: 'Create the operator token' }).click()

  const reveal = page.getByRole('dialog', { name: 'Operator token created' })
  const secret = await revealedSecret(reveal)
  await reveal.getByRole('button', { name: 'Copy token' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
  await reveal.getByRole('button', { name: 'Done' }).click()

  await expect(tokenTable(page)).toBeVisible()
  await expect(tokenRow(page, '_admin')).toBeVisible()
})

test(
  'a bar says the server is unreachable while it does not answer, and goes when it answers',
  { annotation: consoleErrorsExpected('the browser logs each refused request while the server is down') },
  async ({ page, context }) => {
    await page.goto('/databases')
    // The first load builds the demo's server in the tab: slow on a loaded machine.
    await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible({ timeout: 30_000 })
    const bar = page.getByRole('status', { name: 'Server status' })
    await expect(bar).toBeEmpty()

    // The demo's server is a service worker: stop it answering this page, and refuse what then
    // goes to the network. Asking for the deleted databases too is a read nothing has cached.
    await context.route('**/api/v3/**', (route) => route.abort('connectionrefused'))
    await page.evaluate(() => navigator.serviceWorker.controller?.postMessage('CLIENT_CLOSED'))
    await page.getByRole('checkbox', { name: 'Show deleted databases' }).check()
    await expect(bar).toContainText('Server unreachable — retrying…')
    await expectNoAxeViolations(page, 'server unreachable bar')

    await page.evaluate(() => navigator.serviceWorker.controller?.postMessage('MOCK_ACTIVATE'))
    await context.unroute('**/api/v3/**')
    // The bar retries the failed reads by itself every few seconds.
    await expect(bar).toBeEmpty()
    await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible()
  },
)
