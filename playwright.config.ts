import { defineConfig, devices } from '@playwright/test'

import { findChromium } from './scripts/chromium.mjs'

const chromium = findChromium()
const PORT = Number(process.env.E2E_PORT ?? 4174)

const launchOptions = chromium?.executablePath
  ? {
      executablePath: chromium.executablePath,
      // Keep Chromium from calling home on a closed network.
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {}

export default defineConfig({
  testDir: './e2e',
  testIgnore: ['proxy/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Two workers share two cores with the preview server; while one runs axe, a page of the other
  // can take more than the default 5 s to show what it waits for, and a fresh context's first
  // page (the demo's service worker installs and seeds its mock) more than 10 s. The journeys
  // themselves are long: keyboard walks of a hundred Tab presses, several axe runs.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['phone.spec.ts', 'proxy/**'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The phone journeys alone, not every spec again: the gate stays short.
      name: 'phone',
      testMatch: ['phone.spec.ts'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: {
    // The production build of the demo (mock in a service worker), on a port of its own so a
    // running `npm start` is never mistaken for it.
    // Served by the console's own server (server/main.mjs), so every journey also runs under
    // the Content-Security-Policy and headers the start command sends.
    command: `node node_modules/vite/bin/vite.js build --mode demo --logLevel warn && node server/main.mjs --dir dist-demo --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
