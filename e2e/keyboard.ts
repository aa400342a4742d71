/** The keyboard-only user's ways of moving the focus. */
import type { ElementHandle, Locator, Page } from '@playwright/test'

import { expect } from './fixtures'

/**
 * Presses `key` until `target` has the focus. The target is found once and then compared with
 * the focused element in the page, one round trip per press: finding it by role and name again
 * on every press cost seconds on a long token list. Found again if a render replaced it.
 */
async function pressUntilFocused(page: Page, target: Locator, key: string, max: number): Promise<void> {
  let handle: ElementHandle | null = null
  for (let presses = 0; presses < max; presses++) {
    handle ??= await target.elementHandle().catch(() => null)
    const state = handle
      ? await handle.evaluate((element) => (element.isConnected ? element === document.activeElement : null)).catch(() => null)
      : null
    if (state === true) return
    if (state === null) {
      // Not found yet, or replaced: find it again before the next press.
      await handle?.dispose()
      handle = null
    }
    await page.keyboard.press(key)
  }
  await handle?.dispose()
  await expect(target).toBeFocused()
}

/** Presses Tab until `target` has the focus (the keyboard user's way of getting somewhere). */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}): Promise<void> {
  await pressUntilFocused(page, target, backwards ? 'Shift+Tab' : 'Tab', max)
}

/**
 * Presses an arrow key (or another key of a composite widget, such as the permission grid) until
 * `target` has the focus: the keyboard-only way to a cell that is not a Tab stop.
 */
export async function arrowTo(page: Page, target: Locator, key: string, { max = 40 } = {}): Promise<void> {
  await pressUntilFocused(page, target, key, max)
}
