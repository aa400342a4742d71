/**
 * Journeys against real HTTP servers instead of the in-browser demo: the standalone mock
 * InfluxDB 3 (fresh, `--empty`, with a recovery listener), the production build behind the
 * console's own server in proxy mode (the `INFLUXDB3_HOST_URL` start command), and the same
 * build behind Debian's nginx with deploy/nginx.conf.
 */
import { defineConfig } from '@playwright/test'

import base from './playwright.config'

export const MOCK_PORT = 8191
export const RECOVERY_PORT = 8192
export const CONSOLE_PORT = 4175
export const NGINX_PORT = 4176

export default defineConfig({
  ...base,
  testDir: './e2e/proxy',
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  globalSetup: './e2e/proxy/global-setup.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${CONSOLE_PORT}` },
  projects: [
    { name: 'proxy', use: base.projects?.[0]?.use, testIgnore: ['recovery.spec.ts'] },
    // Regenerating the operator token invalidates the one the other journeys use: run it last.
    { name: 'recovery', use: base.projects?.[0]?.use, testMatch: ['recovery.spec.ts'], dependencies: ['proxy'] },
  ],
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs src/mocks/standalone.ts --empty --port ${MOCK_PORT} --recovery-port ${RECOVERY_PORT}`,
      url: `http://127.0.0.1:${MOCK_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/vite/bin/vite.js build --logLevel warn && node server/main.mjs --dir dist --port ${CONSOLE_PORT}`,
      env: {
        INFLUXDB3_HOST_URL: `http://127.0.0.1:${MOCK_PORT}`,
        INFLUXDB3_RECOVERY_URL: `http://127.0.0.1:${RECOVERY_PORT}`,
      },
      url: `http://127.0.0.1:${CONSOLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // Waits for the build above (dist/index.html) before nginx starts serving it.
      command: `node scripts/wait-for-file.mjs dist/index.html && node scripts/run-nginx.mjs --port ${NGINX_PORT} --root dist --upstream 127.0.0.1:${MOCK_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
