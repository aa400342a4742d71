/**
 * On the reveal, once the token list has been read again after the create: does the server's
 * row for the new token expire when the operator asked? A known server bug records some
 * "never" tokens as expired at birth (influxdata/influxdb#27620), and a token that does not
 * work should be known before its string is handed to a client, not after.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import { isolate } from '../../../lib/bidi'
import { checkRecordedExpiry } from '../../../lib/expiry'
import { formatUtcDateTime } from '../../../lib/relative-time'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import styles from './token-reveal.module.css'

const currentTime = () => Date.now()

const PROBLEMS = {
  'expired-at-birth': (at: string) =>
    `The server recorded it as expired at ${at}, the moment it was created: this token will not work. Delete it and create it again (a known server bug, influxdata/influxdb#27620).`,
  'expires-though-never-asked': (at: string) =>
    `You asked for a token that never expires, but the server recorded an expiry: ${at}. Plan to replace it before then, or delete it and create it again.`,
  'never-though-date-asked': () =>
    'You asked for an expiry date, but the server recorded none: this token never expires. Delete it when it is no longer needed.',
  'other-date': (at: string) => `The server recorded a different expiry than you asked for: ${at}.`,
}

export function RecordedExpiryCheck({ name, requestedSecs }: { name: string; requestedSecs: number | null }) {
  const backend = useBackend()
  const tokens = useQuery(tokenListQuery(backend))
  // Only a list read after the create counts: an older one cannot have the new row.
  const [since] = useState(currentTime)
  const fresh = tokens.dataUpdatedAt >= since && !tokens.isFetching
  const row = fresh ? tokens.data?.find((token) => token.name === name) : undefined

  if (tokens.isError && !fresh) {
    return (
      <Alert
        tone="warning"
        title="The console could not read the new token back to check its expiry."
        action={<Button onClick={() => void tokens.refetch()}>Retry</Button>}
      >
        {describeError(tokens.error)}
      </Alert>
    )
  }
  if (!row) {
    return (
      <p role="status" className={styles.checking}>
        {fresh ? `The server does not list “${isolate(name)}” yet.` : 'Checking the expiry the server recorded…'}
      </p>
    )
  }
  const result = checkRecordedExpiry(requestedSecs, row)
  if (result.ok) {
    return (
      <p role="status" className={styles.checking}>
        The server recorded the expiry you asked for:{' '}
        {row.expiresAt === undefined ? 'never.' : `${formatUtcDateTime(row.expiresAt)}.`}
      </p>
    )
  }
  const at = result.recordedAt === undefined ? 'never' : formatUtcDateTime(result.recordedAt)
  return (
    <Alert tone="error" title="The server recorded a different expiry.">
      {PROBLEMS[result.problem](at)}
    </Alert>
  )
}
