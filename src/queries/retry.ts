/** How often a read is tried before its error is shown: what may pass on its own is retried. */
import { isApiError } from '../backends/http/errors'

/** Tries of one read, the first included. */
export const MAX_ATTEMPTS = 3

/** Retries only what may pass on its own (network, timeout, 5xx); a 4xx will not change. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_ATTEMPTS - 1) return false
  if (!isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.kind === 'http' && (error.status ?? 0) >= 500
}
