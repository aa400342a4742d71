import { NGINX_PORT } from '../../playwright.proxy.config'
import { expect, test } from '../fixtures'
import { expectSecurityHeadersEverywhere } from '../security-support'
import { createAdminToken, placesHolding, tokens } from './support'

const NGINX = `http://127.0.0.1:${NGINX_PORT}`

test('the nginx recipe sends the same security headers', async ({ request }) => {
  await expectSecurityHeadersEverywhere(request, NGINX, ['/console-config.json'])
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
