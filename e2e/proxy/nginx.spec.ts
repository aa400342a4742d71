import { expect, test } from '@playwright/test'
import { NGINX_PORT } from '../../playwright.proxy.config'
import { tokens } from './support'

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

  const name = `nginx-admin-${Date.now()}`
  await page.getByRole('button', { name: 'Create token' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(name)
  await page.getByRole('button', { name: 'Create token' }).last().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Token string')).toHaveValue(/^apiv3_/)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await dialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(page.getByRole('rowheader', { name })).toBeVisible()
  expect([...origins]).toEqual([NGINX])
})
