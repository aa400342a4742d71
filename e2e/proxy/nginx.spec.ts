import { expect, test } from '@playwright/test'
import { NGINX_PORT } from '../../playwright.proxy.config'
import { createAdminToken, tokens } from './support'

const NGINX = `http://127.0.0.1:${NGINX_PORT}`

test('the nginx recipe sends the same security headers', async ({ request }) => {
  for (const path of ['/', '/tokens', '/console-config.json']) {
    const headers = (await request.get(`${NGINX}${path}`)).headers()
    expect(headers['content-security-policy']).toContain("script-src 'self'")
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
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

  await createAdminToken(page, `nginx-admin-${Date.now()}`)
  expect([...origins]).toEqual([NGINX])
})
