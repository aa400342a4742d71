/** The databases page as a user meets it: reached through the main navigation, its table and rows. */
import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

export const databaseTable = (page: Page) => page.getByRole('table', { name: 'Databases' })

/**
 * The row whose row header is this database's name (exactly, when a string; a soft-deleted
 * database's header also carries its deletion time and a "Deleted" badge, so match those with a
 * RegExp).
 */
export function databaseRow(page: Page, name: string | RegExp): Locator {
  const header =
    typeof name === 'string' ? page.getByRole('rowheader', { name, exact: true }) : page.getByRole('rowheader', { name })
  return page.getByRole('row').filter({ has: header })
}

/**
 * Opens the databases page through the main navigation, without a reload: the demo's mock is
 * reseeded on every load, so a journey that keeps its changes moves through the app's links.
 */
export async function openDatabases(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Databases' }).click()
  await expect(databaseTable(page)).toBeVisible()
}
