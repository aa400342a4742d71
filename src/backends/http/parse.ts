/** Small parsing helpers shared by the endpoint modules. */
import { parseUtcMs } from '../../lib/time'
import { ApiError } from './errors'
import type { RequestSpec } from './http'

/** A server timestamp as a Date (naive ones are UTC); an unreadable one is an invalid response. */
export function parseTimestamp(text: string, spec: RequestSpec, field: string): Date {
  return new Date(parseTimestampMs(text, spec, field))
}

/** The same, as milliseconds since the epoch. */
export function parseTimestampMs(text: string, spec: RequestSpec, field: string): number {
  const ms = parseUtcMs(text)
  if (ms === null) {
    throw new ApiError({
      kind: 'invalid-response',
      status: 200,
      message: `The server sent an unreadable timestamp in ${field}.`,
      method: spec.method,
      path: spec.path,
    })
  }
  return ms
}
