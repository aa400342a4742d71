/**
 * Changes whose answer was lost. A create, delete or retention change that timed out, lost its
 * connection, or got a success status with a cut or corrupt body may or may not have happened.
 * Instead of guessing, the mutation asks the server afresh (one list read) and reports what it
 * found: done, not done, done but its secret lost (a token create), or still unknown because
 * the lookup failed as well.
 */
import { isApiError } from './errors'

/**
 * Whether a failed request may have done its work anyway: after a timeout or a dropped
 * connection the server may have received it and acted, only its answer is lost; a success
 * status with a cut or corrupt body means it did act; a gateway's 502 or 504 may come after the
 * server got the request. A create in this state must not say "was not created" (a second try
 * may meet "already exists"): the caller looks up what happened instead.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!isApiError(error)) return false
  switch (error.kind) {
    case 'timeout':
    case 'network':
      return true
    case 'invalid-response':
      return doneWithoutAnswer(error)
    case 'http':
      return error.is(502, 504)
    default:
      return false
  }
}

/** A success status whose body was cut or corrupt: the server did it, only its answer is lost. */
export function doneWithoutAnswer(error: unknown): boolean {
  return isApiError(error) && error.kind === 'invalid-response' && (error.status ?? 0) >= 200 && (error.status ?? 0) < 300
}

export type CheckedOutcome =
  /** The server has no trace of the change: nothing happened, trying again is safe. */
  | 'not-done'
  /** A token of that name exists, but its string never reached the console. */
  | 'done-without-secret'
  /** The lookup failed too: the console cannot tell. */
  | 'unknown'

/** A change whose answer was lost, after the console looked for what happened. */
export class OutcomeError extends Error {
  override readonly name = 'OutcomeError'
  constructor(
    readonly outcome: CheckedOutcome,
    /** The failure of the change itself. */
    readonly original: unknown,
    /** For `unknown`: why the lookup failed. */
    readonly lookupError?: unknown,
  ) {
    super(`outcome ${outcome}`, { cause: original })
  }
}

export function isOutcomeError(error: unknown): error is OutcomeError {
  return error instanceof OutcomeError
}

/**
 * Runs `change`; if its answer is lost, runs `happened` (a fresh read of the server) and either
 * resolves (`true`: the change is there), or throws an OutcomeError saying what was found.
 * `found` is the outcome to report when the change turns out to have happened but the caller
 * cannot treat that as success (a token create whose string is lost).
 */
export async function withOutcomeCheck<T>(
  change: () => Promise<T>,
  happened: () => Promise<boolean>,
  onDone: (original: unknown) => T,
): Promise<T> {
  try {
    return await change()
  } catch (error) {
    if (!outcomeUnknown(error)) throw error
    let done: boolean
    try {
      done = await happened()
    } catch (lookupError) {
      throw new OutcomeError('unknown', error, lookupError)
    }
    if (!done) throw new OutcomeError('not-done', error)
    return onDone(error)
  }
}

/** A failed change's title: `notDone`, unless the answer was lost and the lookup failed too. */
export function failureTitle(error: unknown, titles: { notDone: string; unknown: string }): string {
  return isOutcomeError(error) && error.outcome === 'unknown' ? titles.unknown : titles.notDone
}

/** After a lost answer, what the lookup found, as a sentence to add to the error's description. */
export function checkedNote(error: unknown, found: string): string {
  return isOutcomeError(error) && error.outcome === 'not-done' ? ` The console checked: ${found} Try again.` : ''
}
