/**
 * One plain sentence per failure, for the UI to show: what went wrong, quoting the server where
 * it said something useful, and what to do about it. The client itself never shows anything;
 * this only turns an error into words. The caller's title says what failed.
 */
import { isApiError } from './http/errors'
import { OutcomeError } from './http/outcome'

/** The server's words as the end of a sentence. */
const quote = (message: string) => message.trim().replace(/[.\s]+$/, '')

const checkAddress = (server: string | undefined) =>
  `Check that the console points at ${server ? `an ${server} server` : 'the right server'} and that no proxy or login page answers in its place, then retry.`

/** The advice after "The server answered <status>: <its words>." when the product gives none. */
function genericAdvice(status: number | undefined): string | undefined {
  switch (status) {
    case 404:
      return 'It may have been deleted meanwhile: check the list for what exists now.'
    case 409:
      return 'Someone may have changed the same thing meanwhile: check the list, then try again.'
    case 415:
      return 'Something between the console and the server changed the request; check the proxy’s configuration.'
    default:
      return (status ?? 0) >= 500 ? 'Retry in a moment; if it keeps failing, check the server’s log.' : undefined
  }
}

/**
 * The product's words (`error.hint`, from its ProductWords) say what a failure means there;
 * this adds the plain frame every product shares.
 */
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
      return `The server answered in a form the console does not understand. ${error.message} ${checkAddress(error.server)}`
    case 'http': {
      const said = `The server answered ${error.status ?? 'with an error'}: ${quote(error.message)}.`
      if (error.meaning === 'credential-invalid') {
        return `The server rejected the token: it is not valid, or it has expired. ${error.hint ?? 'Connect again with a valid token.'}`
      }
      if (error.meaning === 'not-permitted') {
        return error.hint
          ? `This token is not allowed to do that: ${error.hint}`
          : `This token is not allowed to do that. ${said}`
      }
      if (error.status === 405) return `The server refused: ${quote(error.message)}.`
      const advice = error.hint ?? genericAdvice(error.status)
      return advice ? `${said} ${advice}` : said
    }
  }
}
