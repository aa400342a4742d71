/** What a list shows while its read is on its way, slow, stopped, or failed after earlier rows. */
import { Alert } from './alert'
import { Button } from './button'
import { Loading } from './loading'

/** "Loading…", and after a few seconds: the server is slow, the try number, and a way to stop. */
export function PendingRead({
  label,
  slow,
  attempt,
  maxAttempts,
  onCancel,
}: {
  label: string
  slow: boolean
  attempt: number
  maxAttempts: number
  onCancel: () => void
}) {
  if (!slow) return <Loading label={label} />
  return (
    <Alert
      tone="warning"
      title="The server is slow to answer."
      action={
        <Button variant="secondary" onClick={onCancel}>
          Stop waiting
        </Button>
      }
    >
      The console is still trying (attempt {attempt} of {maxAttempts}). You can stop waiting and try again later.
    </Alert>
  )
}

/** The user stopped waiting for the first read. */
export function CancelledRead({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <Alert
      tone="info"
      title={`Stopped waiting for ${what}.`}
      action={
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      }
    >
      Nothing is loading now. Try again when the server may have recovered.
    </Alert>
  )
}

/** A refresh failed: the rows below are the last ones the server sent. */
export function StaleNotice({ title, description, onRetry }: { title: string; description: string; onRetry: () => void }) {
  return (
    <Alert
      tone="warning"
      title={title}
      action={
        <Button variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      {description} The list below is the last one the server sent and may be out of date.
    </Alert>
  )
}
