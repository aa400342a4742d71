import type { Page } from '@playwright/test'

import { expect } from '../fixtures'
import { readPlaces } from '../probes/secret-places'

export const tokens = {
  operator: () => required('E2E_OPERATOR_TOKEN'),
  reader: () => required('E2E_READER_TOKEN'),
  expired: () => required('E2E_EXPIRED_TOKEN'),
}

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: global-setup.ts did not run`)
  return value
}

/** Connects through the connect screen, as an operator would. */
export async function connect(page: Page, token: string, { remember = false } = {}) {
  await page.goto('/connection')
  await page.getByLabel('Admin token').fill(token)
  if (remember) await page.getByRole('checkbox', { name: 'Remember on this device' }).check()
  await page.getByRole('button', { name: 'Connect' }).click()
}

/** Every place the page can see (storage, cookies, URL, DOM, query cache…) that holds `secret`. */
export async function placesHolding(page: Page, secret: string): Promise<string[]> {
  return Object.entries(await readPlaces(page))
    .filter(([, text]) => text.includes(secret))
    .map(([place]) => place)
}

export async function storedText(page: Page): Promise<{ local: string; session: string }> {
  return page.evaluate(() => ({
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
  }))
}

export async function expectConnected(page: Page) {
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible()
  await expect(page.getByLabel('Connected to InfluxDB 3 Enterprise 3.10.1')).toBeVisible()
}

/**
 * Creates an admin token through the create dialog and closes the reveal without copying;
 * returns the string it showed.
 */
export async function createAdminToken(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Create token' }).click()
  await page.getByRole('radio', { name: 'Admin token' }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(name)
  await page.getByRole('button', { name: 'Create token' }).last().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Token string')).toHaveValue(/^apiv3_/)
  const secret = await dialog.getByLabel('Token string').inputValue()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await dialog.getByRole('button', { name: 'Close without copying' }).click()
  await expect(page.getByRole('rowheader', { name })).toBeVisible()
  return secret
}
