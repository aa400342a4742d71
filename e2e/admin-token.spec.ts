/**
 * The Clustered admin-token page: a token.json chosen or pasted there is checked in the browser
 * and then is nowhere — not in a request, storage, cookies, IndexedDB, the DOM or the console —
 * and axe finds nothing on the page, empty or after a check. On a phone the page does not
 * scroll sideways.
 */
import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { expect, type PageLog, test } from './fixtures'
import { tokenTable } from './pages/tokens'
import { placesHolding } from './probes/secret-places'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** A JWT as an admin token might look, unique per call so no other test's string can match. */
function adminJwt(exp: number): string {
  const claims = { iss: 'https://cluster.example.com', exp, sub: `admin-${crypto.randomUUID()}` }
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.${Buffer.from(crypto.randomUUID()).toString('base64url')}`
}

/** 2096-10-02: far ahead, whatever day the journey runs. */
const FUTURE = 4_000_000_000

/** The Clustered demo, connected (the query cache has data for its probe), then its admin-token page. */
async function openAdminTokenPage(page: Page) {
  await page.goto('/?scenario=clustered')
  await expect(tokenTable(page)).toBeVisible()
  // On a phone the navigation is folded under Menu.
  const menu = page.getByRole('button', { name: 'Menu' })
  if (await menu.isVisible()) await menu.click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin token' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'InfluxDB Clustered admin token' })).toBeVisible()
}

/** No request the page made — URL, headers or body — carries the text. */
async function expectNoRequestCarries(log: PageLog, text: string) {
  const carrying: string[] = []
  for (const request of log.requests) {
    const headers = JSON.stringify(await request.allHeaders())
    if ([request.url(), headers, request.postData() ?? ''].some((part) => part.includes(text))) carrying.push(request.url())
  }
  expect(log.requests.length, 'the network log saw the page’s requests').toBeGreaterThan(0)
  expect(carrying, 'requests that carried the token').toEqual([])
}

test('a token.json chosen on the page is checked in the browser, then is in no request, storage or DOM', async ({
  page,
  log,
}) => {
  await openAdminTokenPage(page)
  const token = adminJwt(FUTURE)
  const file = JSON.stringify({ access_token: token, token_type: 'Bearer', expiry: '2096-10-02T07:06:40Z' })
  await page
    .getByLabel('Choose a token.json', { exact: true })
    .and(page.locator('input'))
    .setInputFiles({ name: 'token.json', mimeType: 'application/json', buffer: Buffer.from(file) })

  const result = page.getByRole('region', { name: 'Checked: token.json' })
  await expect(result.getByRole('listitem')).toHaveText([
    'Valid JSON.',
    'The token is in its “access_token” field.',
    'It is a JWT, signed with RS256.',
    /^It expires on 2 Oct 2096, 07:06:40 UTC \(in \d+ years\)\.$/,
    'Issuer (iss): https://cluster.example.com',
    /^The file’s own “expiry” field says 2 Oct 2096/,
  ])
  await expect(result.getByRole('heading')).toBeFocused()

  await expectNoRequestCarries(log, token)
  const claims = token.split('.')[1] ?? ''
  for (const part of [token, claims, file]) {
    expect(await placesHolding(page, log, part), 'places that hold the token or the file').toEqual([])
  }
})

test('pasted token.json text is in a form field until the check, and nowhere after it', async ({ page, log }) => {
  await openAdminTokenPage(page)
  const token = adminJwt(FUTURE)
  const field = page.getByRole('textbox', { name: 'Or paste its content' })
  await field.fill(JSON.stringify({ access_token: token }))
  // The probe finds the string where it is before the check (React mirrors a textarea's value into
  // the DOM), so its silence afterwards means something.
  expect(await placesHolding(page, log, token)).toEqual(['DOM', 'form field values'])

  await page.getByRole('button', { name: 'Check pasted text' }).click()
  const result = page.getByRole('region', { name: 'Checked: the pasted text' })
  await expect(result.getByRole('listitem').filter({ hasText: 'It is a JWT, signed with RS256.' })).toBeVisible()
  await expect(field).toHaveValue('')

  await expectNoRequestCarries(log, token)
  expect(await placesHolding(page, log, token), 'places that hold the token').toEqual([])
})

test.describe('axe finds no WCAG A/AA violation', () => {
  test.describe.configure({ timeout: 60_000 })

  test('on the admin-token page, empty, with a wrong namespace, and after a check', async ({ page }) => {
    await openAdminTokenPage(page)
    await expectNoAxeViolations(page, 'admin-token page, empty')

    const namespace = page.getByRole('textbox', { name: 'Namespace' })
    await namespace.fill('Not_A_Namespace')
    await expect(namespace).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page, 'admin-token page, wrong namespace')
    await namespace.fill('influxdb')

    await page
      .getByLabel('Choose a token.json', { exact: true })
      .and(page.locator('input'))
      .setInputFiles({ name: 'token.json', mimeType: 'application/json', buffer: Buffer.from('{"access_token": "x",}') })
    await expect(page.getByRole('region', { name: 'Checked: token.json' })).toContainText('Not valid JSON: at line 1')
    await expectNoAxeViolations(page, 'admin-token page, after a check')
  })
})

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the page does not scroll sideways: long commands wrap in their own box', async ({ page }) => {
    await openAdminTokenPage(page)
    await page
      .getByRole('textbox', { name: 'Folder for token.json (optional)' })
      .fill(`/home/operator/${'very-long-folder-name-'.repeat(4)}`)
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(widths.scroll, 'page width').toBeLessThanOrEqual(widths.client)
  })
})
