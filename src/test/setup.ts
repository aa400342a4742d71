/**
 * Vitest setup: every test talks to a freshly seeded mock InfluxDB 3 (the `demo` scenario, see
 * ./seeded-mock.ts) through msw/node, any request the mock does not know fails the test, and so
 * does any console.error / warn.
 */
import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'

import { server } from '../mocks/node'
import { seedDemo } from './seeded-mock'

// findBy* and waitFor give up after this long. The default second is too short on a loaded
// 2-core machine (lazy chunks, other suites in parallel): a test must not fail on time alone.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no working matchMedia: every media query reads as not matching (the system theme
// is light) unless a test spies on it. Node-environment suites (servers, mocks) have no window.
if (typeof window !== 'undefined')
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (media: string) =>
      ({
        matches: false,
        media,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  })

const consoleProblems: string[] = []

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

beforeEach(async () => {
  consoleProblems.length = 0
  await seedDemo()
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${method}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  if (consoleProblems.length > 0) {
    throw new Error(`The test wrote to the console:\n${consoleProblems.join('\n')}`)
  }
})

afterAll(() => server.close())
