import { AlertWithAction } from './alert-with-action'

/** Why a read failed, with a retry. */
export function QueryError({ title, description, onRetry }: { title: string; description: string; onRetry: () => void }) {
  return (
    <AlertWithAction tone="error" title={title} actionLabel="Retry" onAction={onRetry}>
      {description}
    </AlertWithAction>
  )
}
