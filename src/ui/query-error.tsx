import { Alert } from './alert'
import { Button } from './button'

/** Why a read failed, with a retry. */
export function QueryError({ title, description, onRetry }: { title: string; description: string; onRetry: () => void }) {
  return (
    <Alert
      tone="error"
      title={title}
      action={
        <Button variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      {description}
    </Alert>
  )
}
