import { useServerDown } from '../queries/use-server-down'
import { Button } from '../ui/button'
import { WarningIcon } from '../ui/icons'
import styles from './layout.module.css'

/**
 * "Server unreachable — retrying…" above every page while the session's server does not answer.
 * It is in the first page's code (when the server is down, a lazily loaded chunk may not come
 * either); the live region is always there, so its message is announced when it appears. What an
 * action reports under faults stays in the action's own dialog or toast.
 */
export function UnreachableBar() {
  const { down, retry } = useServerDown()
  return (
    <div role="status" aria-label="Server status">
      {down ? (
        <p className={styles.unreachable}>
          <WarningIcon /> Server unreachable — retrying… <Button onClick={retry}>Retry now</Button>
        </p>
      ) : null}
    </div>
  )
}
