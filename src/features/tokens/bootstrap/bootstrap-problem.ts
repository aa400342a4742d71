/**
 * Why the operator token of a fresh server was not created, in words an operator can act on:
 * the server already has one (the one case the lost-token page answers), it runs without
 * authentication, it or the console's proxy did not answer, or what it said.
 */
import { describeError } from '../../../backends/describe-error'
import { isApiError } from '../../../backends/http/errors'
import type { ConsoleMode } from '../../../backends/port'

export interface BootstrapProblem {
  title: string
  detail: string
  /** The server already has an operator token: point to the lost-token page, do not offer a retry. */
  exists: boolean
}

export function bootstrapProblem(error: unknown, mode: ConsoleMode, baseUrl: string): BootstrapProblem {
  const problem = (title: string, detail: string, exists = false) => ({ title, detail, exists })
  if (!isApiError(error)) return problem('The operator token was not created.', describeError(error))
  if (error.is(409)) {
    return problem(
      'This server already has an operator token.',
      'It can be created only once. Connect with it, or, if nobody has it any more, replace it:',
      true,
    )
  }
  if (error.is(405)) {
    return problem(
      'This server runs without authentication, so it has no tokens to create.',
      `It answered “${error.message}”. Restart it without --without-auth to use tokens.`,
    )
  }
  if (error.is(502) && mode === 'proxy') {
    return problem('The console’s proxy could not reach the server.', `${error.message} Check that the server is running.`)
  }
  if (error.kind === 'network') {
    return problem(
      'The server could not be reached.',
      mode === 'direct'
        ? `Nothing answered at ${baseUrl}, or the browser hid the answer (InfluxDB 3 sends no CORS headers on errors, such as the one that says an operator token already exists). Check the address, or start the console with INFLUXDB3_HOST_URL to use its proxy.`
        : 'The console’s own server did not answer. Is it still running?',
    )
  }
  if (error.kind === 'timeout') {
    return problem(
      'The server did not answer in time.',
      'If it created the token meanwhile, a retry says so, and the string is lost: then use the lost-token page.',
    )
  }
  return problem('The operator token was not created.', describeError(error))
}
