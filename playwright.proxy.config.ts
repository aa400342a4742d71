/**
 * Journeys against real HTTP servers instead of the in-browser demo: the standalone mock
 * InfluxDB 3 (fresh, `--empty`, with a recovery listener), the production build behind the
 * console's own server in proxy mode (the `INFLUXDB3_HOST_URL` start command), and the same
 * build behind Debian's nginx with deploy/nginx.conf. The console's server proxies to one
 * upstream (server/upstream-env.mjs), so InfluxDB 2, Cloud Dedicated and Clustered each get a seeded
 * standalone mock and a console server of their own, and their journeys a project with that
 * server as baseURL.
 */
import { defineConfig } from '@playwright/test'

import base from './playwright.config'

export const MOCK_PORT = 8191
export const RECOVERY_PORT = 8192
export const CONSOLE_PORT = 4175
export const NGINX_PORT = 4176
export const V2_MOCK_PORT = 8193
export const DEDICATED_MOCK_PORT = 8194
export const V2_CONSOLE_PORT = 4177
export const DEDICATED_CONSOLE_PORT = 4178
export const CLUSTERED_MOCK_PORT = 8195
export const CLUSTERED_CONSOLE_PORT = 4179

/** What the seeded mocks accept: the InfluxDB 2 operator token, Cloud Dedicated's management token and ids. */
export const V2_OPERATOR_TOKEN = 'e2e-influxdb2-operator-token'
export const DEDICATED = {
  token: 'e2e-dedicated-management-token',
  accountId: '0b5a1a52-7c1e-4c35-9b51-6a0f3f3c1d01',
  clusterId: '5e0d2c6e-2f6a-4b8e-8d1f-0c7b9a4e3f02',
}

/** The management token the Clustered mock accepts. */
export const CLUSTERED_TOKEN = 'e2e-clustered-management-token'

const V2_SPECS = ['influxdb2.spec.ts']
const DEDICATED_SPECS = ['cloud-dedicated.spec.ts']
const CLUSTERED_SPECS = ['clustered.spec.ts']
const chromiumUse = base.projects?.[0]?.use

/**
 * The production build the consoles serve. `npm test` runs `check:bundle` (the same build of
 * the same tree) just before, and says so with E2E_DIST_BUILT=1, so the gate builds it once.
 */
const BUILD = process.env.E2E_DIST_BUILT === '1' ? '' : 'node node_modules/vite/bin/vite.js build --logLevel warn && '

export default defineConfig({
  ...base,
  testDir: './e2e/proxy',
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  globalSetup: './e2e/proxy/global-setup.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${CONSOLE_PORT}` },
  projects: [
    { name: 'proxy', use: chromiumUse, testIgnore: ['recovery.spec.ts', ...V2_SPECS, ...DEDICATED_SPECS, ...CLUSTERED_SPECS] },
    // Regenerating the operator token invalidates the one the other journeys use: run it last.
    { name: 'recovery', use: chromiumUse, testMatch: ['recovery.spec.ts'], dependencies: ['proxy'] },
    { name: 'influxdb2', use: { ...chromiumUse, baseURL: `http://127.0.0.1:${V2_CONSOLE_PORT}` }, testMatch: V2_SPECS },
    {
      name: 'cloud-dedicated',
      use: { ...chromiumUse, baseURL: `http://127.0.0.1:${DEDICATED_CONSOLE_PORT}` },
      testMatch: DEDICATED_SPECS,
    },
    {
      name: 'clustered',
      use: { ...chromiumUse, baseURL: `http://127.0.0.1:${CLUSTERED_CONSOLE_PORT}` },
      testMatch: CLUSTERED_SPECS,
    },
  ],
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs src/mocks/standalone.ts --empty --port ${MOCK_PORT} --recovery-port ${RECOVERY_PORT}`,
      url: `http://127.0.0.1:${MOCK_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${BUILD}node server/main.mjs --dir dist --port ${CONSOLE_PORT}`,
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
    {
      command: `node node_modules/tsx/dist/cli.mjs src/mocks/standalone.ts --product influxdb2 --token ${V2_OPERATOR_TOKEN} --port ${V2_MOCK_PORT}`,
      url: `http://127.0.0.1:${V2_MOCK_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs src/mocks/standalone.ts --product cloud-dedicated --token ${DEDICATED.token} --account-id ${DEDICATED.accountId} --cluster-id ${DEDICATED.clusterId} --port ${DEDICATED_MOCK_PORT}`,
      // It has no health endpoint: the token list without a token answers 401 once it listens.
      url: `http://127.0.0.1:${DEDICATED_MOCK_PORT}/api/v0/accounts/${DEDICATED.accountId}/clusters/${DEDICATED.clusterId}/tokens`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same build as above, proxying to the InfluxDB 2 mock (the influx CLI's INFLUX_HOST).
      command: `node scripts/wait-for-file.mjs dist/index.html && node server/main.mjs --dir dist --port ${V2_CONSOLE_PORT}`,
      env: { INFLUX_HOST: `http://127.0.0.1:${V2_MOCK_PORT}` },
      url: `http://127.0.0.1:${V2_CONSOLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node scripts/wait-for-file.mjs dist/index.html && node server/main.mjs --dir dist --port ${DEDICATED_CONSOLE_PORT}`,
      env: { INFLUXDB_CLOUD_DEDICATED_URL: `http://127.0.0.1:${DEDICATED_MOCK_PORT}` },
      url: `http://127.0.0.1:${DEDICATED_CONSOLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs src/mocks/standalone.ts --product clustered --token ${CLUSTERED_TOKEN} --port ${CLUSTERED_MOCK_PORT}`,
      // No health endpoint either: the documented token path answers 401 without a token once it listens.
      url: `http://127.0.0.1:${CLUSTERED_MOCK_PORT}/api/v0/tokens`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/wait-for-file.mjs dist/index.html && node server/main.mjs --dir dist --port ${CLUSTERED_CONSOLE_PORT}`,
      env: { INFLUXDB_CLUSTERED_URL: `http://127.0.0.1:${CLUSTERED_MOCK_PORT}` },
      url: `http://127.0.0.1:${CLUSTERED_CONSOLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
