// Fails the test command early, with what to do, when no Chromium is available for Playwright.
import { findChromium } from './chromium.mjs'

if (!findChromium()) {
  console.error(`No Chromium found for the end-to-end tests.
  Debian/Ubuntu:  sudo apt-get install chromium      (the tests use /usr/bin/chromium)
  Elsewhere:      npx playwright install chromium
  Or point PW_CHROMIUM_PATH at a Chromium binary.`)
  process.exit(1)
}
