/**
 * InfluxDB 2 in a real browser against the demo build (`?scenario=influxdb2`, and the Cloud
 * Serverless smoke at the end): the demo connects with the operator token made at setup
 * ("admin's Token"), so each journey starts on the token list. Creating an All Access and a
 * custom token (the bucket grid), switching a token off and on, deleting one, and the typed
 * confirmation the console asks for before it could cut its own access. The demo's mock lives
 * in the page's service worker and is reseeded on every load, so a journey never reloads.
 */
import type { Locator, Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, nextRequest, type PageLog, test } from './fixtures'
import { tokenCell, tokenRow, V2_TOKEN_STRING } from './pages/tokens'
import { expectSecretGone, placesHolding, queryCacheText } from './probes/secret-places'

// Three of these run axe: several seconds a run on a loaded two-core machine.
test.describe.configure({ timeout: 60_000 })
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const OPERATOR = "admin's Token"

async function openTokens(page: Page, scenario: 'influxdb2' | 'cloud-serverless') {
  await page.goto(`/tokens?scenario=${scenario}`)
  await expect(tokenRow(page, 'Grafana dashboards')).toBeVisible()
}

const notifications = (page: Page) => page.getByRole('status', { name: 'Notifications' })

/** Opens "Create token" and moves on to the form of `type`. */
async function openCreateForm(page: Page, type: 'Custom token' | 'All access token'): Promise<Locator> {
  await page.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create a token' })
  await dialog.getByRole('radio', { name: type }).check()
  await dialog.getByRole('button', { name: 'Next' }).click()
  return page.getByRole('dialog', { name: type === 'Custom token' ? 'Create a custom token' : 'Create an all access token' })
}

/** Creates a custom token: read on two buckets, write on one, through the grid. */
async function createCustomToken(page: Page, name: string): Promise<{ dialog: Locator; secret: string }> {
  const form = await openCreateForm(page, 'Custom token')
  await form.getByRole('textbox', { name: 'Description (optional)' }).fill(name)
  const grid = form.getByRole('grid', { name: 'Bucket permissions' })
  await grid.getByRole('checkbox', { name: 'Read telemetry' }).check()
  await grid.getByRole('checkbox', { name: 'Read sensors' }).check()
  await grid.getByRole('checkbox', { name: 'Write weather' }).check()
  await expect(grid.getByRole('checkbox', { name: /^Read all \d+ listed buckets$/ })).toHaveAttribute('aria-checked', 'mixed')
  await expect(form.getByText(/tokens on this server never expire/)).toBeVisible()
  await form.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: `Token “${name}” created` })
  const field = dialog.getByRole('textbox', { name: 'Token string' })
  await expect(field).toHaveValue(V2_TOKEN_STRING)
  return { dialog, secret: await field.inputValue() }
}

/** The list row says in words what the custom token may do. */
async function expectCustomPermissions(page: Page, name: string) {
  const permissions = await tokenCell(tokenRow(page, name), 'Permissions')
  // The buckets of one grant come in the server's order.
  await expect(permissions.getByRole('listitem')).toHaveText([
    /^Read · (telemetry, sensors|sensors, telemetry)$/,
    'Write · weather',
  ])
}

/** While the reveal shows it, the string is in the reveal alone: no toast, title or other place. */
async function expectOnlyTheRevealHolds(page: Page, log: PageLog, secret: string) {
  for (const region of await page.getByRole('status', { includeHidden: true }).all()) {
    expect(await region.textContent()).not.toContain(secret)
  }
  expect(await placesHolding(page, log, secret)).toEqual(['DOM', 'form field values'])
}

test('an operator sees the token list, and axe finds nothing on it', async ({ page }) => {
  await openTokens(page, 'influxdb2')
  await expect(page.getByRole('banner')).toContainText('InfluxDB 2 OSS')
  await expect(await tokenCell(tokenRow(page, OPERATOR), 'Kind')).toHaveText('All access')
  await expect(await tokenCell(tokenRow(page, 'Billing export (paused)'), 'Kind')).toContainText('Inactive')
  await expectNoAxeViolations(page, 'InfluxDB 2 token list')
})

test('an All Access token: the form says what it grants, the string is revealed once, copied, then gone', async ({
  page,
  log,
}) => {
  await openTokens(page, 'influxdb2')
  const form = await openCreateForm(page, 'All access token')
  await form.getByRole('textbox', { name: 'Description (optional)' }).fill('ci-all-access')
  await expect(form).toContainText(
    'Summary: “ci-all-access” will have full access to the organization — every bucket, task, dashboard and token — and will never expire.',
  )
  await expect(form).toContainText('If it leaks, it grants full access until someone deletes or deactivates it.')
  await expectNoAxeViolations(page, 'InfluxDB 2 create dialog, All Access form')
  const sent = nextRequest(page, 'POST', '/api/v2/authorizations')
  await form.getByRole('button', { name: 'Create token' }).click()
  const body = (await sent).postDataJSON() as { description: string; permissions: unknown[] }
  expect(body.description).toBe('ci-all-access')
  expect(body.permissions.length).toBeGreaterThan(10)

  const dialog = page.getByRole('dialog', { name: 'Token “ci-all-access” created' })
  const field = dialog.getByRole('textbox', { name: 'Token string' })
  await expect(field).toHaveValue(V2_TOKEN_STRING)
  const secret = await field.inputValue()
  await expect(dialog).toContainText('you will not see it again')
  await expect(dialog.getByText(`export INFLUX_TOKEN=${secret}`)).toBeVisible()
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await expect(dialog.getByText('Token copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
  await expect(notifications(page)).toContainText('Token “ci-all-access” created.')
  await expectOnlyTheRevealHolds(page, log, secret)
  await dialog.getByRole('button', { name: 'Done' }).click()

  await expect(await tokenCell(tokenRow(page, 'ci-all-access'), 'Kind')).toHaveText('All access')
  await expect.poll(() => queryCacheText(page)).toContain('"ci-all-access"')
  await expectSecretGone(page, log, secret, V2_TOKEN_STRING)
})

test('a custom token reads two buckets and writes one, the list says so, and its string is gone once closed', async ({
  page,
  log,
}) => {
  await openTokens(page, 'influxdb2')
  const { dialog, secret } = await createCustomToken(page, 'ci-custom')
  await expectOnlyTheRevealHolds(page, log, secret)
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Close without copying' }).click()

  await expectCustomPermissions(page, 'ci-custom')
  await expect(await tokenCell(tokenRow(page, 'ci-custom'), 'Kind')).toHaveText('Custom')
  await expect.poll(() => queryCacheText(page)).toContain('"ci-custom"')
  await expectSecretGone(page, log, secret, V2_TOKEN_STRING)
})

test('a cloned custom token keeps the original’s buckets, and its string is gone once closed', async ({ page, log }) => {
  await openTokens(page, 'influxdb2')
  await tokenRow(page, 'Grafana dashboards').getByRole('button', { name: 'Clone token Grafana dashboards' }).click()
  const form = page.getByRole('dialog', { name: 'Clone a token' })
  await expect(form.getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Grafana dashboards (copy)')
  await expect(
    form.getByRole('grid', { name: 'Bucket permissions' }).getByRole('checkbox', { name: 'Read telemetry' }),
  ).toBeChecked()
  await form.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Token “Grafana dashboards (copy)” created' })
  const field = dialog.getByRole('textbox', { name: 'Token string' })
  await expect(field).toHaveValue(V2_TOKEN_STRING)
  const secret = await field.inputValue()
  await expectOnlyTheRevealHolds(page, log, secret)
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await expect(dialog.getByText('Token copied to the clipboard.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()

  await expect(tokenRow(page, 'Grafana dashboards (copy)')).toBeVisible()
  await expect.poll(() => queryCacheText(page)).toContain('"Grafana dashboards (copy)"')
  await expectSecretGone(page, log, secret, V2_TOKEN_STRING)
})

test('a token is deactivated and activated again', async ({ page }) => {
  await openTokens(page, 'influxdb2')
  const row = tokenRow(page, 'Grafana dashboards')
  // Found by its column while the table stands (the headers are read once).
  const kind = await tokenCell(row, 'Kind')
  await row.getByRole('button', { name: 'Deactivate token Grafana dashboards' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Deactivate token “Grafana dashboards”?' })
  await expect(confirm).toContainText('Every client using it is refused at once, until it is activated again.')
  await expectNoAxeViolations(page, 'InfluxDB 2 deactivate dialog')
  // The id is the mock's own: any one authorization's PATCH.
  const sent = page.waitForRequest(
    (request) =>
      request.method() === 'PATCH' && /^\/api\/v2\/authorizations\/[0-9a-f]{16}$/.test(new URL(request.url()).pathname),
  )
  await confirm.getByRole('button', { name: 'Deactivate token' }).click()
  expect((await sent).postDataJSON()).toEqual({ status: 'inactive' })
  await expect(confirm).toBeHidden()
  await expect(notifications(page)).toContainText('Token “Grafana dashboards” deactivated.')
  await expect(kind).toContainText('Inactive')

  await row.getByRole('button', { name: 'Activate token Grafana dashboards' }).click()
  const again = page.getByRole('alertdialog', { name: 'Activate token “Grafana dashboards”?' })
  await again.getByRole('button', { name: 'Activate token' }).click()
  await expect(again).toBeHidden()
  await expect(kind).toHaveText('Custom')
  await expect(row.getByRole('button', { name: 'Deactivate token Grafana dashboards' })).toBeVisible()
})

test('a token is deleted after a confirmation that names it', async ({ page }) => {
  await openTokens(page, 'influxdb2')
  await tokenRow(page, 'Grafana dashboards').getByRole('button', { name: 'Delete token Grafana dashboards' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete token “Grafana dashboards”?' })
  await expect(confirm).toContainText('Every client using Grafana dashboards loses access at once.')
  await confirm.getByRole('button', { name: 'Delete token' }).click()
  await expect(confirm).toBeHidden()
  await expect(notifications(page)).toContainText('Token “Grafana dashboards” deleted.')
  await expect(tokenRow(page, 'Grafana dashboards')).toHaveCount(0)
})

test('the console’s own token asks for its name typed before it is deactivated or deleted', async ({ page }) => {
  await openTokens(page, 'influxdb2')
  const row = tokenRow(page, OPERATOR)
  for (const action of ['Deactivate', 'Delete'] as const) {
    await row.getByRole('button', { name: `${action} token ${OPERATOR}` }).click()
    const confirm = page.getByRole('alertdialog', { name: `${action} token “${OPERATOR}”?` })
    await expect(confirm).toContainText('This may be the token the console is connected with.')
    const button = confirm.getByRole('button', { name: `${action} token` })
    await expect(button).toBeDisabled()
    const typed = confirm.getByRole('textbox', { name: `Type ${OPERATOR} to confirm` })
    await typed.fill('admin')
    await expect(button).toBeDisabled()
    await typed.fill(OPERATOR)
    await expect(button).toBeEnabled()
    // Cancelled: the journey keeps its connection.
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(confirm).toBeHidden()
  }
  await expect(row).toBeVisible()
})

test('Cloud Serverless: the list, and a custom token created through the grid', async ({ page, log }) => {
  await openTokens(page, 'cloud-serverless')
  await expect(page.getByRole('banner')).toContainText('InfluxDB Cloud')
  const { dialog, secret } = await createCustomToken(page, 'ci-serverless')
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await expect(dialog.getByText('Token copied to the clipboard.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expectCustomPermissions(page, 'ci-serverless')
  await expectSecretGone(page, log, secret, V2_TOKEN_STRING)
})
