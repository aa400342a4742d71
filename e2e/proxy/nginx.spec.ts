import { CONSOLE_PORT, NGINX_PORT } from '../../playwright.proxy.config'
import { API_HEADERS } from '../../server/security-headers.mjs'
import { expect, test } from '../fixtures'
import { expectSecurityHeadersEverywhere } from '../security-support'
import { createAdminToken, placesHolding, tokens } from './support'

const NGINX = `http://127.0.0.1:${NGINX_PORT}`

test('the nginx recipe sends the same security headers', async ({ request }) => {
  await expectSecurityHeadersEverywhere(request, NGINX, ['/console-config.json'])
})

test('proxied API answers carry the same API headers from nginx as from the console server', async ({ request }) => {
  const auth = { Authorization: `Bearer ${tokens.operator()}` }
  const sql = { db: '_internal', q: 'SELECT * FROM system.tokens ORDER BY token_id', format: 'json' }
  const calls: [string, string, Record<string, string>, unknown?][] = [
    ['GET', '/ping', auth],
    ['GET', '/health', auth],
    ['GET', '/api/v1/health', auth],
    ['GET', '/metrics', auth],
    ['POST', '/api/v3/query_sql', auth, sql],
    ['GET', '/api/v3/configure/database?format=json', auth],
    ['GET', '/api/v3/configure/database?format=json (no token)', {}],
    ['GET', '/api/v3/no-such-endpoint', auth],
  ]
  const expected = Object.fromEntries(Object.entries(API_HEADERS).map(([name, value]) => [name.toLowerCase(), value]))
  for (const [method, label, headers, data] of calls) {
    const path = label.replace(' (no token)', '')
    const [direct, behindNginx] = await Promise.all(
      [`http://127.0.0.1:${CONSOLE_PORT}`, NGINX].map((origin) => request.fetch(`${origin}${path}`, { method, headers, data })),
    )
    const where = `${method} ${label}`
    expect(behindNginx!.status(), where).toBe(direct!.status())
    expect(behindNginx!.headers()['content-type'], where).toBe(direct!.headers()['content-type'])
    for (const [name, value] of Object.entries(expected)) {
      expect(direct!.headers()[name], `${where}: ${name} from the console server`).toBe(value)
      expect(behindNginx!.headers()[name], `${where}: ${name} from nginx`).toBe(value)
    }
  }
})

test('behind nginx the console connects, lists and creates a token', async ({ page }) => {
  const origins = new Set<string>()
  page.on('request', (request) => origins.add(new URL(request.url()).origin))
  await page.goto(`${NGINX}/`)
  await expect(page).toHaveURL(/\/connection$/)
  await page.getByLabel('Admin token').fill(tokens.operator())
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /^plant-reader/ })).toBeVisible()

  const secret = await createAdminToken(page, `nginx-admin-${Date.now()}`)
  expect(await placesHolding(page, secret)).toEqual([])
  expect([...origins]).toEqual([NGINX])
})
