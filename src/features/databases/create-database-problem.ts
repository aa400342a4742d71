/** The server's refusals of a new database that the create form cannot foresee, as a field error or an alert. */
import { describeError } from '../../backends/describe-error'
import { isApiError } from '../../backends/http/errors'
import { isOutcomeError } from '../../backends/http/outcome'
import { type DatabaseWords, databaseWords } from './use-database-noun'

/** What to do about the server's refusals that a form cannot foresee. */
export function serverProblem(
  error: unknown,
  name: string,
  limitAdvice: string | undefined,
  noun: DatabaseWords = databaseWords(),
): { field?: string; alert?: { title: string; body: string } } {
  // InfluxDB 3 answers a taken name with 409; InfluxDB 2 with 422 `conflict`, which the client marks.
  if (isApiError(error) && (error.is(409) || error.meaning === 'conflict')) {
    return { field: `A ${noun.one} named “${name}” already exists. Choose another name.` }
  }
  if (isApiError(error) && error.is(422)) {
    return {
      alert: {
        title: `The server’s ${noun.one} limit is reached.`,
        body: `${error.message}. ${limitAdvice ?? `Delete a ${noun.one} you no longer need first.`}`,
      },
    }
  }
  if (isApiError(error) && error.is(400)) return { field: error.message }
  if (isOutcomeError(error) && error.outcome === 'not-done') {
    return {
      alert: {
        title: `The ${noun.one} was not created.`,
        body: `${describeError(error)} The console checked: the server has no ${noun.one} named “${name}”, so nothing was changed. Try again.`,
      },
    }
  }
  if (isOutcomeError(error)) {
    return {
      alert: {
        title: `The console cannot tell whether the ${noun.one} “${name}” was created.`,
        body: `${describeError(error)} Look for “${name}” in the list once the server answers, before trying again.`,
      },
    }
  }
  return { alert: { title: `The ${noun.one} was not created.`, body: describeError(error) } }
}
