/**
 * What every journey, demo and proxy, runs with: `test` and `expect` from here, never from
 * '@playwright/test'. The `page` fixture fails the journey on any console error, uncaught
 * exception or Content-Security-Policy violation (as the unit tests fail on a console error);
 * `log` records what the page did from its first load on, for the secret probes.
 */
import { expect, type Page, type Request, test as base, type TestDetailsAnnotation, type TestInfo } from '@playwright/test'

export { expect }

export interface PageLog {
  /** Every console message: its text and its arguments as JSON, from the first load on. */
  consoleMessages: () => Promise<string[]>
  /** Every request the page made, in order. */
  requests: Request[]
  /** Every URL the page's main frame showed, including history.pushState/replaceState. */
  urls: string[]
}

const CONSOLE_ERRORS_EXPECTED = 'console errors expected'
const CSP_VIOLATIONS_EXPECTED = 'CSP violations expected'

/**
 * For the few journeys that make the browser log an error on purpose (it logs a 401 or 404
 * response as one): `test('…', { annotation: consoleErrorsExpected('why') }, …)`.
 */
export const consoleErrorsExpected = (reason: string): TestDetailsAnnotation => ({
  type: CONSOLE_ERRORS_EXPECTED,
  description: reason,
})

/** For the control of the CSP watcher itself, which trips the policy on purpose. */
export const cspViolationsExpected = (reason: string): TestDetailsAnnotation => ({
  type: CSP_VIOLATIONS_EXPECTED,
  description: reason,
})

const declares = (testInfo: TestInfo, type: string) => testInfo.annotations.some((annotation) => annotation.type === type)

export const test = base.extend<{ cspViolations: string[]; log: PageLog }>({
  /** The `securitypolicyviolation` events of `page` so far, as "directive blocked URI (source:line)". */
  cspViolations: async ({}, use) => {
    await use([])
  },

  // The guard sits on `page` itself, so a journey that only sends requests opens no browser page.
  page: async ({ page, cspViolations }, use, testInfo) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await watchCspViolations(page, cspViolations)
    await use(page)
    if (!declares(testInfo, CONSOLE_ERRORS_EXPECTED)) {
      expect(errors, 'console errors and uncaught exceptions').toEqual([])
    }
    if (!declares(testInfo, CSP_VIOLATIONS_EXPECTED)) {
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([])
    }
  },

  log: async ({ page }, use) => {
    const messages: Promise<string>[] = []
    const log: PageLog = { consoleMessages: () => Promise.all(messages), requests: [], urls: [] }
    page.on('console', (message) => {
      messages.push(
        Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => null))).then(
          (args) => `${message.type()}: ${message.text()} ${JSON.stringify(args)}`,
          () => `${message.type()}: ${message.text()}`,
        ),
      )
    })
    page.on('request', (request) => log.requests.push(request))
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) log.urls.push(frame.url())
    })
    await use(log)
  },
})

/**
 * Records every `securitypolicyviolation` event of the page into `violations`, across
 * navigations. The journeys then prove that the console runs under its strict
 * Content-Security-Policy without tripping it.
 */
async function watchCspViolations(page: Page, violations: string[]): Promise<void> {
  await page.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    violations.push(violation)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (violation: string) => Promise<void> }).__reportCspViolation
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
}

/** Resolves when the page sends a request with this method to this path (any query). */
export function nextRequest(page: Page, method: string, path: string): Promise<Request> {
  return page.waitForRequest((request) => request.method() === method && new URL(request.url()).pathname === path)
}
