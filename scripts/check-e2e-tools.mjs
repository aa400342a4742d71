// Fails the test command early, with what to do, when a tool the end-to-end tests need is
// missing: a Chromium for Playwright, and nginx for the deployment-recipe journey.
import { existsSync } from 'node:fs'
import { findChromium } from './chromium.mjs'

const problems = []
if (!findChromium()) {
  problems.push(`No Chromium found for the end-to-end tests.
  Debian/Ubuntu:  sudo apt-get install chromium      (the tests use /usr/bin/chromium)
  Elsewhere:      npx playwright install chromium
  Or point PW_CHROMIUM_PATH at a Chromium binary.`)
}
if (!['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].some((path) => existsSync(path))) {
  problems.push(`No nginx found for the deployment journey (deploy/nginx.conf).
  Debian/Ubuntu:  sudo apt-get install nginx`)
}
if (problems.length) {
  console.error(problems.join('\n\n'))
  process.exit(1)
}
