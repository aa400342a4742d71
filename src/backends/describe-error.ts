/**
 * One plain sentence per failure, for the UI to show: what went wrong, quoting the server where
 * it said something useful, and what to do about it. The client itself never shows anything;
 * this only turns an error into words. The caller's title says what failed.
 */
import { isApiError } from './http/errors'
import { OutcomeError } from './http/outcome'

/** The server's words as the end of a sentence. */
const quote = (message: string) => message.trim().replace(/[.\s]+$/, '')

/** Catalog lookups answer `the requested resource was not found: <name>`; unknown routes `Not found`. */
const CATALOG_NOT_FOUND = /^the requested resource was not found/i

const CHECK_ADDRESS =
  'Check that the console points at an InfluxDB 3 server and that no proxy or login page answers in its place, then retry.'

export function describeError(error: unknown): string {
  if (error instanceof OutcomeError) {
    const what = describeError(error.original)
    return error.outcome === 'unknown'
      ? `${what} Looking up what happened failed as well: ${describeError(error.lookupError)}`
      : what
  }
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something unexpected went wrong.'
  switch (error.kind) {
    case 'network':
      return 'The server could not be reached. Check that it is running and that its address is right, then retry.'
    case 'timeout':
      return `${error.message} It may be overloaded or the network slow; retry in a moment.`
    case 'aborted':
      return 'The request was cancelled.'
    case 'invalid-response':
      return `The server answered in a form the console does not understand. ${error.message} ${CHECK_ADDRESS}`
    case 'http': {
      const said = `The server answered ${error.status ?? 'with an error'}: ${quote(error.message)}.`
      switch (error.status) {
        case 401:
          return 'The server rejected the token: it is not valid, or it has expired. Connect again with a valid admin token.'
        case 403:
          return 'This token is not allowed to do that: token and database management need an admin token. Connect with an admin token.'
        case 404:
          return CATALOG_NOT_FOUND.test(error.message)
            ? `${said} It was probably deleted meanwhile (perhaps in another tab): check the list for what exists now.`
            : `${said} This server does not offer this request: check that the console points at InfluxDB 3, version 3.2 or later (resource tokens need Enterprise).`
        case 405:
          return `The server refused: ${quote(error.message)}.`
        case 409:
          return `${said} Someone may have changed the same thing meanwhile: check the list, then try again.`
        case 415:
          return `${said} Something between the console and the server changed the request; check the proxy’s configuration.`
        case 422:
          return `${said} Nothing was changed: one of the server’s limits (databases, tables, columns) is reached; free some up first.`
        default:
          return (error.status ?? 0) >= 500
            ? `${said} Retry in a moment; if it keeps failing, check the server’s log.`
            : said
      }
    }
  }
}
