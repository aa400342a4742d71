/**
 * The tokens page as a user meets it: the token table and its rows and cells, the create dialog
 * (with the mouse or the keyboard alone) and its one-time reveal.
 */
import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'
import { tabTo } from '../keyboard'

/** `apiv3_` + base64url of 64 random bytes, as the server makes it. */
export const TOKEN_STRING = /^apiv3_[A-Za-z0-9_-]{86}$/

/** InfluxDB 2 and Cloud: base64url of 64 random bytes with its padding (88 characters). */
export const V2_TOKEN_STRING = /^[A-Za-z0-9_-]{86}==$/

export const tokenTable = (page: Page) => page.getByRole('table', { name: 'Tokens' })

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The row whose row header is the token's name (possibly followed by the "this session" badge). */
export function tokenRow(page: Page, name: string): Locator {
  return tokenTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}( |$)`) }) })
}

/**
 * One of a row's action buttons, by its name ("Delete token etl"). On a phone the card's actions
 * are folded behind its "Actions" button, which is pressed first.
 */
export async function rowAction(row: Locator, name: string): Promise<Locator> {
  const fold = row.getByRole('button', { name: /^Actions for / })
  if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click()
  return row.getByRole('button', { name, exact: true })
}

/** A cell of a token row, found by its column header. */
export async function tokenCell(row: Locator, column: 'Kind' | 'Permissions' | 'Created' | 'Expiry' | 'Fingerprint') {
  const headers = (await tokenTable(row.page()).getByRole('columnheader').allTextContents()).map((h) => h.trim())
  const index = headers.indexOf(column)
  expect(index, `the "${column}" column`).toBeGreaterThan(0)
  // The first column is the row header, so the cells start at the second.
  return row.getByRole('cell').nth(index - 1)
}

/** Opens "Create token", picks a type and moves on to its form. */
export async function openCreateForm(page: Page, type: 'Admin token' | 'Database token' | 'System token'): Promise<Locator> {
  await page.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Create a token')
  await dialog.getByRole('radio', { name: new RegExp(`^${type}`) }).check()
  await dialog.getByRole('button', { name: 'Next' }).click()
  return dialog
}

/**
 * The same with the keyboard alone: Tab to "Create token", Enter; the focus starts on the chosen
 * "Database token" card; then on to the form with Enter on the card or with its Next button.
 * Returns the dialog and the Create token button (the focus comes back to it).
 */
export async function openDatabaseFormByKeyboard(
  page: Page,
  { next }: { next: 'Enter' | 'Next button' },
): Promise<{ dialog: Locator; createButton: Locator }> {
  const createButton = page.getByRole('button', { name: 'Create token' })
  await tabTo(page, createButton)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Create a token')
  const database = dialog.getByRole('radio', { name: /^Database token/ })
  await expect(database).toBeChecked()
  await expect(database).toBeFocused()
  if (next === 'Next button') await tabTo(page, dialog.getByRole('button', { name: 'Next' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveAccessibleName('Create a database token')
  return { dialog, createButton }
}

/** Reads the one-time token string from the reveal step; `shape` is the product's (InfluxDB 3's by default). */
export async function revealedSecret(dialog: Locator, shape: RegExp = TOKEN_STRING): Promise<string> {
  const field = dialog.getByRole('textbox', { name: 'Token string' })
  await expect(field).toHaveValue(shape)
  return field.inputValue()
}

/** Copies with the reveal's button and proves the clipboard really holds the string. */
export async function copyAndCheckClipboard(page: Page, dialog: Locator, secret: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await expect(dialog.getByText('Token copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
}
