// Which Chromium Playwright should drive, shared by playwright.config.ts and check-chromium.mjs.
// 1. PW_CHROMIUM_PATH, if set;  2. Playwright's own browser, if `npx playwright install chromium`
// ran;  3. Debian's /usr/bin/chromium.  Returns { executablePath } (undefined = Playwright's own)
// or null when there is none at all.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export function findChromium() {
  if (process.env.PW_CHROMIUM_PATH) {
    return existsSync(process.env.PW_CHROMIUM_PATH) ? { executablePath: process.env.PW_CHROMIUM_PATH } : null
  }
  let bundled = ''
  try {
    bundled = chromium.executablePath()
  } catch {
    // Playwright has no browser of its own here.
  }
  if (bundled && existsSync(bundled)) return { executablePath: undefined }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium' }
  return null
}
