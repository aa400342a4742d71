/**
 * The demo as served by the start command: strict security headers on every path, a full
 * journey that never trips the Content-Security-Policy, and no request that leaves the
 * console's own origin (the service worker's included).
 */
import type { Request } from '@playwright/test'

import { consoleErrorsExpected, cspViolationsExpected, expect, nextRequest, test } from './fixtures'
import { openCreateForm, tokenRow } from './pages/tokens'
import { expectSecurityHeadersEverywhere } from './security-support'

test('the demo server sends a strict CSP, nosniff and no-referrer on every path', async ({ request, baseURL }) => {
  await expectSecurityHeadersEverywhere(request, baseURL ?? '', ['/mockServiceWorker.js'])
})

test('a whole journey sends no request outside the console’s origin and trips no CSP rule', async ({
  page,
  context,
  baseURL,
}) => {
  // Page and service worker requests alike (the `page` fixture fails the test on a CSP violation).
  const requests: Request[] = []
  context.on('request', (request) => requests.push(request))

  await page.goto('/tokens')
  await expect(tokenRow(page, '_admin')).toBeVisible()

  const dialog = await openCreateForm(page, 'Database token')
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('same-origin')
  await dialog.getByRole('grid', { name: 'Database permissions' }).getByRole('checkbox', { name: 'Read sensors' }).check()
  const created = nextRequest(page, 'POST', '/api/v3/enterprise/configure/token')
  await dialog.getByRole('button', { name: 'Create token' }).click()
  await created
  await expect(dialog.getByRole('textbox', { name: 'Token string' })).toBeVisible()
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Close without copying' }).click()

  await tokenRow(page, 'same-origin').getByRole('button', { name: 'Delete token same-origin' }).click()
  const deleted = nextRequest(page, 'DELETE', '/api/v3/configure/token')
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete token' }).click()
  await deleted
  await expect(tokenRow(page, 'same-origin')).toHaveCount(0)

  const main = page.getByRole('navigation', { name: 'Main' })
  await main.getByRole('link', { name: 'Databases' }).click()
  await expect(page.getByRole('table', { name: 'Databases' }).getByRole('rowheader', { name: /^sensors/ })).toBeVisible()
  await main.getByRole('link', { name: 'Connection' }).click()
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible()

  const origin = new URL(baseURL ?? '').origin
  const urls = requests.map((request) => request.url())
  // The collector saw the journey: the app, its API calls and the demo's service worker.
  expect(urls.some((url) => new URL(url).pathname === '/api/v3/configure/token')).toBe(true)
  expect(urls.some((url) => new URL(url).pathname.startsWith('/assets/'))).toBe(true)
  const elsewhere = urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)
  expect(elsewhere, 'requests to other origins').toEqual([])
})

const trippedOnPurpose = [
  cspViolationsExpected('the control for the watcher: it trips the policy on purpose'),
  consoleErrorsExpected('the browser logs the refused inline script as an error'),
]

test(
  'the CSP watcher reports a violation when one happens',
  { annotation: trippedOnPurpose },
  async ({ page, cspViolations }) => {
    // The control for the watcher every journey runs with: an inline script is refused and seen.
    await page.goto('/tokens')
    await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible()
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
    })
    await expect.poll(() => cspViolations).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)])
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined()
  },
)
