/**
 * One plain sentence per failure, for the UI to show. The client itself never shows anything;
 * this only turns an error into words, quoting the server where it said something useful.
 */
import { isApiError } from './errors'

export function describeError(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something unexpected went wrong.'
  switch (error.kind) {
    case 'network':
      return 'The server could not be reached. Check that it is running and that its address is right, then retry.'
    case 'timeout':
      return `${error.message} It may be overloaded or the network slow; retry in a moment.`
    case 'aborted':
      return 'The request was cancelled.'
    case 'invalid-response':
      return `The server answered in a form the console does not understand. ${error.message}`
    case 'http':
      switch (error.status) {
        case 401:
          return 'The server rejected the token: it is not valid, or it has expired. Connect again with a valid admin token.'
        case 403:
          return 'This token is not allowed to do that: token and database management need an admin token.'
        case 405:
          return `The server refused: ${error.message}.`
        default:
          return `The server answered ${error.status ?? 'with an error'}: ${error.message}`
      }
  }
}
