/** Small parsing helpers shared by the endpoint modules. */
import { parseUtcTimestamp } from '../lib/time'
import { ApiError } from './errors'
import type { RequestSpec } from './http'

/** A server timestamp as a Date (naive ones are UTC); an unreadable one is an invalid response. */
export function parseTimestamp(text: string, spec: RequestSpec, field: string): Date {
  const date = parseUtcTimestamp(text)
  if (!date) {
    throw new ApiError({
      kind: 'invalid-response',
      status: 200,
      message: `The server sent an unreadable timestamp in ${field}.`,
      method: spec.method,
      path: spec.path,
    })
  }
  return date
}
