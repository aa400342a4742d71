/** What a list shows while its read is on its way, slow, stopped, or failed after earlier rows. */
import { AlertWithAction } from './alert-with-action'
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
    <AlertWithAction tone="warning" title="The server is slow to answer." actionLabel="Stop waiting" onAction={onCancel}>
      The console is still trying (attempt {attempt} of {maxAttempts}). You can stop waiting and try again later.
    </AlertWithAction>
  )
}

/** The user stopped waiting for the first read. */
export function CancelledRead({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <AlertWithAction tone="info" title={`Stopped waiting for ${what}.`} actionLabel="Try again" onAction={onRetry}>
      Nothing is loading now. Try again when the server may have recovered.
    </AlertWithAction>
  )
}

/** A refresh failed: the rows below are the last ones the server sent. */
export function StaleNotice({ title, description, onRetry }: { title: string; description: string; onRetry: () => void }) {
  return (
    <AlertWithAction tone="warning" title={title} actionLabel="Retry" onAction={onRetry}>
      {description} The list below is the last one the server sent and may be out of date.
    </AlertWithAction>
  )
}
