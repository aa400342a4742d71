/**
 * What the bad-input matrices share: names that look dangerous, a field filled the way a paste
 * would, and a record of every request so a test can say nothing was sent.
 */
import type userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { beforeEach } from 'vitest'

import { server } from '../mocks/node'

export const MARKUP = '<img src=x onerror=alert(1)>'
/** U+202E RIGHT-TO-LEFT OVERRIDE: "invoice‮fdp.exe" shows as "invoiceexe.pdf". */
export const RLO = '\u202e'

/**
 * Records every request of each test (the mock still answers it): `sent()` all of them,
 * `changes()` those that change something, every one but a GET.
 */
export function recordRequests(): {
  sent: () => { method: string; path: string }[]
  changes: () => { method: string; path: string }[]
} {
  let sent: { method: string; path: string }[] = []
  beforeEach(() => {
    sent = []
    server.use(
      http.all(/.*/, ({ request }) => {
        sent.push({ method: request.method, path: new URL(request.url).pathname })
      }),
    )
  })
  return { sent: () => sent, changes: () => sent.filter((request) => request.method !== 'GET') }
}

/** Replaces a field's text the way a paste would; empty means typed and erased again. */
export async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(value === '' ? 'x' : value)
  if (value === '') await user.clear(field)
}

/** A message as a pattern: a string is matched literally. */
export function pattern(message: string | RegExp): RegExp {
  return typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message
}
