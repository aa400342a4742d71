/** The keyboard-only user's ways of moving the focus. */
import type { Locator, Page } from '@playwright/test'

import { expect } from './fixtures'

/** Presses Tab until `target` has the focus (the keyboard user's way of getting somewhere). */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

/**
 * Presses an arrow key (or another key of a composite widget, such as the permission grid) until
 * `target` has the focus: the keyboard-only way to a cell that is not a Tab stop.
 */
export async function arrowTo(page: Page, target: Locator, key: string, { max = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}
