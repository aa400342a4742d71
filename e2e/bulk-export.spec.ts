/**
 * Bulk work and export on the token list: a purge of the expired tokens where one request fails
 * (the rest still go, and each ends with its own result), and an export whose file holds no
 * token string.
 */
import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { consoleErrorsExpected, expect, test } from './fixtures'
import { tokenRow } from './pages/tokens'

/**
 * The demo's API is answered by its service worker, which page.route cannot see: the worker's
 * own script is served with a first fetch listener that fails the DELETE of one token, so the
 * failure happens where a server's would, before the mock.
 */
async function failDeleteOf(page: Page, name: string) {
  await page.context().route('**/mockServiceWorker.js', async (route) => {
    const response = await route.fetch()
    const fault = `addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method === 'DELETE' && url.pathname === '/api/v3/configure/token' && url.searchParams.get('token_name') === ${JSON.stringify(name)}) {
    event.stopImmediatePropagation()
    event.respondWith(new Response(JSON.stringify({ error: 'catalog locked' }), { status: 500 }))
  }
})
`
    await route.fulfill({ response, body: fault + (await response.text()) })
  })
}

// Each journey loads the demo, opens a dialog and runs axe: more than the default budget on a busy machine.
test.beforeEach(() => {
  test.slow()
})

test(
  'purging expired tokens reviews them first, sends one DELETE each, and shows a failure among the results',
  { annotation: consoleErrorsExpected('the browser logs the injected 500 answer as an error') },
  async ({ page, log }) => {
    await failDeleteOf(page, 'telegraf-logs-old')
    await page.goto('/tokens')
    const bar = page.getByRole('group', { name: 'Bulk actions' })
    await bar.getByRole('button', { name: 'Purge expired…' }).click()

    // One dialog throughout: its title changes once the run has finished.
    const dialog = page.getByRole('alertdialog')
    await expect(dialog).toHaveAccessibleName('Delete 2 expired tokens?')
    await expect(dialog.getByRole('list', { name: 'Tokens included' }).getByRole('listitem')).toHaveText([
      'migration-2025',
      'telegraf-logs-old',
    ])
    await expectNoAxeViolations(page, 'purge review')
    await dialog.getByRole('button', { name: 'Delete 2 expired tokens' }).click()

    await expect(dialog.getByText('1 deleted, 1 failed.')).toBeVisible()
    const results = dialog.getByRole('list', { name: 'Results' })
    await expect(results.getByRole('listitem').filter({ hasText: 'migration-2025' })).toHaveText('migration-2025: Deleted')
    await expect(results.getByRole('listitem').filter({ hasText: 'telegraf-logs-old' })).toContainText(
      'Failed. The server answered 500: catalog locked.',
    )
    await expectNoAxeViolations(page, 'bulk results')

    const deletes = log.requests.filter((request) => request.method() === 'DELETE').map((r) => new URL(r.url()).search)
    expect(deletes.sort()).toEqual(['?token_name=migration-2025', '?token_name=telegraf-logs-old'])

    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(tokenRow(page, 'migration-2025')).toHaveCount(0)
    await expect(tokenRow(page, 'telegraf-logs-old')).toBeVisible()
  },
)

test('selecting with Shift and deleting the selection leaves the operator token out with a note', async ({ page }) => {
  await page.goto('/tokens')
  await page.getByRole('checkbox', { name: 'Select token _admin' }).check()
  await page.getByRole('checkbox', { name: 'Select token analytics-readonly' }).check()
  await page.getByRole('checkbox', { name: 'Select token etl-pipeline' }).click({ modifiers: ['Shift'] })
  const bar = page.getByRole('group', { name: 'Bulk actions' })
  await expect(bar.getByText('4 selected.')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Select token ci-deploy' })).toBeChecked()

  await bar.getByRole('button', { name: 'Delete selected…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete 3 tokens?' })
  await expect(dialog.getByRole('list', { name: 'Tokens left out' })).toContainText(
    '_admin: The operator token cannot be deleted — regenerate it instead.',
  )
  await expectNoAxeViolations(page, 'bulk delete review')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
})

test('the exported inventory holds the listed tokens’ metadata and no token string', async ({ page }) => {
  await page.goto('/tokens?q=grafana')
  const bar = page.getByRole('group', { name: 'Bulk actions' })

  for (const format of ['CSV', 'JSON'] as const) {
    const downloaded = page.waitForEvent('download')
    await bar.getByRole('button', { name: `Export ${format} of the 3 listed tokens` }).click()
    const download = await downloaded
    expect(download.suggestedFilename()).toMatch(new RegExp(`^influxdb-tokens-.+\\.${format.toLowerCase()}$`))
    const text = await readFile(await download.path(), 'utf8')

    expect(text).toContain('grafana-dashboards')
    expect(text).not.toContain('ci-deploy')
    expect(text).toMatch(/server.*demo server/)
    expect(text).toMatch(/product.*InfluxDB 3/)
    // No token string of any product: InfluxDB 3's, InfluxDB 2's and Cloud's, a JWT (the management API's).
    expect(text).not.toMatch(/apiv3_[A-Za-z0-9_-]{20,}/)
    expect(text).not.toMatch(/[A-Za-z0-9_-]{86}==/)
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
  }
})
