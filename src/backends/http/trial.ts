/**
 * A token's trial call turned into an answer: whatever happens, the caller gets a line to show,
 * never an exception (a refused test string must not look like the session's own failure).
 */
import { isApiError } from './errors'

/** The shape of the port's `TrialResult`. */
export async function trialAnswer(call: () => Promise<string>): Promise<{ ok: boolean; detail: string }> {
  try {
    return { ok: true, detail: await call() }
  } catch (error) {
    if (isApiError(error)) {
      return { ok: false, detail: error.status === undefined ? error.message : `${error.status}: ${error.message}` }
    }
    return { ok: false, detail: error instanceof Error ? error.message : 'The call failed.' }
  }
}
