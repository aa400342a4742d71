import { useQuery } from '@tanstack/react-query'

import { describeError } from '../../backends/describe-error'
import { serverInfoQuery } from '../../queries/server-queries'
import { useBackend, useProductScreens } from '../../session/session-context'
import { Button } from '../../ui/button'
import styles from './server-identity.module.css'

/** Product and version of the connected server, for the header. */
export function ServerIdentity() {
  const backend = useBackend()
  const { editionLabel } = useProductScreens()
  const info = useQuery(serverInfoQuery(backend))
  if (info.isPending) return <span className={styles.identity}>Checking server…</span>
  if (info.isError) {
    // The header has no room for an alert: the reason is the retry button's description.
    return (
      <span className={styles.identity}>
        Server version unknown{' '}
        <Button
          variant="ghost"
          className={styles.retry}
          aria-label="Retry reading the server version"
          title={`Could not read the server’s version. ${describeError(info.error)}`}
          onClick={() => void info.refetch()}
        >
          Retry
        </Button>
      </span>
    )
  }
  const name = info.data.productName ?? editionLabel(info.data.product)
  return (
    <span className={styles.identity} aria-label={`Connected to ${name} ${info.data.version}`}>
      <span className={styles.product}>{name}</span> <span className={styles.version}>{info.data.version}</span>
    </span>
  )
}
