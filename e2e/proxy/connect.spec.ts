import { CONSOLE_PORT } from '../../playwright.proxy.config'
import { expectNoAxeViolations } from '../axe'
import { consoleErrorsExpected, expect, test } from '../fixtures'
import { expectSecurityHeadersEverywhere } from '../security-support'
import { connect, createAdminToken, expectConnected, placesHolding, storedText, tokens } from './support'

test('the console server sends a strict Content-Security-Policy and the other security headers', async ({ request }) => {
  await expectSecurityHeadersEverywhere(request, `http://127.0.0.1:${CONSOLE_PORT}`, ['/console-config.json'])
})

test('the connect screen shows the proxied server instead of a URL field', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/connection$/)
  await expect(page.getByText('http://127.0.0.1:8191')).toBeVisible()
  await expect(page.getByLabel('Server URL')).toHaveCount(0)
  await expect(page.getByLabel('Admin token')).toHaveAttribute('type', 'password')
  await expect(page.getByLabel('Admin token')).toHaveAttribute('autocomplete', 'off')
  await page.getByRole('button', { name: 'Show token' }).click()
  await expect(page.getByLabel('Admin token')).toHaveAttribute('type', 'text')
})

test('connects with the operator token through the proxy and lists tokens and databases', async ({ page }) => {
  const origins = new Set<string>()
  page.on('request', (request) => origins.add(new URL(request.url()).origin))
  await connect(page, tokens.operator())
  await expectConnected(page)
  await expect(page.getByRole('rowheader', { name: /^plant-reader/ })).toBeVisible()
  await page.getByRole('link', { name: 'Databases' }).click()
  await expect(page.getByRole('rowheader', { name: /^plant/ })).toBeVisible()
  // Everything goes through the console's own origin; nothing leaves for another host.
  expect([...origins]).toEqual([`http://127.0.0.1:${CONSOLE_PORT}`])
})

// The browser logs each 4xx answer as a console error; these journeys ask for one on purpose.
const refused401 = consoleErrorsExpected('the browser logs the server’s 401 for the refused token as an error')

test('an unknown token is reported as not valid', { annotation: refused401 }, async ({ page }) => {
  await connect(page, 'apiv3_this-is-not-a-token')
  await expect(page.getByRole('alert')).toContainText('This token is not valid (or it has expired).')
  await expect(page.getByLabel('Admin token')).toHaveValue('apiv3_this-is-not-a-token')
})

test('an expired token is reported as not valid', { annotation: refused401 }, async ({ page }) => {
  await connect(page, tokens.expired())
  await expect(page.getByRole('alert')).toContainText('This token is not valid (or it has expired).')
})

const forbidden403 = consoleErrorsExpected('the browser logs the server’s 403 for the database token as an error')

test('a database token is reported as not an admin token', { annotation: forbidden403 }, async ({ page }) => {
  await connect(page, tokens.reader())
  await expect(page.getByRole('alert')).toContainText('This token is not an admin token')
})

test('the token stays in this tab only, survives a reload, and is gone after disconnecting', async ({ page, context }) => {
  const token = tokens.operator()
  await connect(page, token)
  await expectConnected(page)
  // Not in localStorage, IndexedDB, Cache Storage, cookies, the URL, the DOM or the query cache.
  expect(await placesHolding(page, token)).toEqual(['sessionStorage'])
  await page.reload()
  await expectConnected(page)
  expect(await placesHolding(page, token)).toEqual(['sessionStorage'])
  // Another tab of the same browser profile does not get it.
  const otherTab = await context.newPage()
  await otherTab.goto('/tokens')
  await expect(otherTab).toHaveURL(/\/connection$/)
  await expect(otherTab.getByLabel('Admin token')).toHaveValue('')
  await otherTab.close()
  await page.getByRole('link', { name: 'Connection' }).click()
  await page.getByRole('button', { name: 'Disconnect' }).click()
  await expect(page.getByLabel('Admin token')).toBeVisible()
  const stored = await storedText(page)
  expect(stored.session + stored.local).not.toContain(token)
})

test('“Remember on this device” keeps the token in localStorage, with a warning, until disconnect', async ({ page, context }) => {
  const token = tokens.operator()
  await page.goto('/connection')
  await page.getByRole('checkbox', { name: 'Remember on this device' }).check()
  await expect(page.getByText(/anyone who uses this browser profile/)).toBeVisible()
  await page.getByLabel('Admin token').fill(token)
  await page.getByRole('button', { name: 'Connect' }).click()
  await expectConnected(page)
  expect(await placesHolding(page, token)).toEqual(['localStorage', 'sessionStorage'])
  // Remembered: another tab of the same profile connects with it.
  const otherTab = await context.newPage()
  await otherTab.goto('/tokens')
  await expectConnected(otherTab)
  await otherTab.close()
  await page.getByRole('link', { name: 'Connection' }).click()
  await page.getByRole('button', { name: 'Disconnect' }).click()
  const stored = await storedText(page)
  expect(stored.session + stored.local).not.toContain(token)
})

const deleted401s = consoleErrorsExpected('the browser logs the server’s 401s for the deleted token as errors')

test(
  'a token deleted mid-session asks to connect again without leaving the page',
  { annotation: deleted401s },
  async ({ page, request }) => {
    const operator = tokens.operator()
    const created = await request.post('http://127.0.0.1:8191/api/v3/configure/token/named_admin', {
      headers: { Authorization: `Bearer ${operator}`, 'Content-Type': 'application/json' },
      data: { token_name: `short-lived-${Date.now()}` },
    })
    const { token, name } = (await created.json()) as { token: string; name: string }
    await connect(page, token)
    await expectConnected(page)
    await page.getByRole('link', { name: 'Databases' }).click()
    await expect(page.getByRole('table', { name: 'Databases' })).toBeVisible()
    await request.delete(`http://127.0.0.1:8191/api/v3/configure/token?token_name=${name}`, {
      headers: { Authorization: `Bearer ${operator}` },
    })
    await page.getByRole('button', { name: 'Create database' }).click()
    await page.getByLabel('Database name').fill('never_created')
    await page.getByRole('button', { name: 'Create database' }).last().click()
    const reconnect = page.getByRole('dialog', { name: 'Connect again' })
    await expect(reconnect).toContainText('The server stopped accepting this console’s token')
    await expect(reconnect.getByLabel('Admin token')).toBeVisible()
    await expectNoAxeViolations(page, 'the Connect again dialog')
    await reconnect.getByLabel('Admin token').fill(operator)
    await reconnect.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(reconnect).toBeHidden()
    // The create dialog and what was typed into it are still there.
    await expect(page.getByLabel('Database name')).toHaveValue('never_created')
    await expect(page).toHaveURL(/\/databases$/)
  },
)

test('creates an admin token through the proxy and lists it', async ({ page }) => {
  await connect(page, tokens.operator())
  await expectConnected(page)
  const secret = await createAdminToken(page, `proxy-admin-${Date.now()}`)
  // The created string is nowhere the page can see; the connection token stays in this tab only.
  expect(await placesHolding(page, secret)).toEqual([])
  expect(await placesHolding(page, tokens.operator())).toEqual(['sessionStorage'])
})

const noConfig404 = consoleErrorsExpected('the browser logs the 404 of /console-config.json, made here on purpose, as an error')

test(
  'the direct-mode connect screen with saved servers and the server editor has no axe violations',
  { annotation: noConfig404 },
  async ({ page }) => {
    // Served without /console-config.json, the console connects directly (as from a plain static host).
    await page.route('**/console-config.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
    await page.addInitScript(() => {
      window.localStorage.setItem(
        'influxdb3-console.servers',
        JSON.stringify([
          { id: 'a', name: 'Production', url: 'https://influx.example.com:8181' },
          { id: 'b', name: 'Staging', url: 'http://10.0.0.7:8181' },
        ]),
      )
    })
    await page.goto('/')
    await expect(page.getByLabel('Server URL')).toBeVisible()
    const saved = page.getByRole('region', { name: 'Saved servers' })
    await expect(saved.getByRole('button', { name: 'Connect to Production' })).toBeVisible()
    await expectNoAxeViolations(page, 'direct mode with saved servers')

    await saved.getByRole('button', { name: 'Edit Staging' }).click()
    await expect(saved.getByLabel('Name')).toHaveValue('Staging')
    await expectNoAxeViolations(page, 'direct mode, editing a saved server')
  },
)
