/** How each request of a bulk run ended: done, already gone, failed with the reason, or not sent. */
import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { CheckIcon, ErrorIcon, InfoIcon } from '../../../ui/icons'
import styles from './bulk.module.css'
import { type BulkResult, tally } from './bulk-runner'

export function BulkResults({ results, done }: { results: readonly BulkResult<Token>[]; done: string }) {
  const counts = tally(results)
  const summary = [
    `${counts.done} ${done.toLowerCase()}`,
    counts.gone ? `${counts.gone} already gone` : '',
    counts.failed ? `${counts.failed} failed` : '',
    counts['not-sent'] ? `${counts['not-sent']} not sent` : '',
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <>
      <p role="status" className={styles.summary}>
        {summary}.
      </p>
      <ul className={styles.results} aria-label="Results">
        {results.map((result) => (
          <li key={result.item.id} className={styles[result.outcome]}>
            {result.outcome === 'done' ? <CheckIcon /> : result.outcome === 'failed' ? <ErrorIcon /> : <InfoIcon />}{' '}
            <bdi className={styles.resultName}>{tokenLabel(result.item)}</bdi>: {outcomeText(result, done)}
          </li>
        ))}
      </ul>
    </>
  )
}

function outcomeText(result: BulkResult<Token>, done: string): string {
  switch (result.outcome) {
    case 'done':
      return done
    case 'gone':
      return 'Already gone (the server no longer had it)'
    case 'failed':
      return `Failed. ${describeError(result.error)}`
    case 'not-sent':
      return 'Not sent (stopped)'
  }
}
