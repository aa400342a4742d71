/** Replace's last step: remove (or switch off) the old token, named and confirmed. */
import { useId, useState } from 'react'

import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CheckIcon } from '../../../ui/icons'
import styles from './replace-checklist.module.css'

type Action = 'delete' | 'deactivate'

export function RetireStep({
  name,
  verb,
  canDeactivate,
  blocked,
  retired,
  pending,
  error,
  onDelete,
  onDeactivate,
}: {
  name: string
  /** Delete, or Revoke where removing revokes. */
  verb: 'Delete' | 'Revoke'
  canDeactivate: boolean
  /** Why the step cannot be taken yet. */
  blocked: string | null
  retired: 'deleted' | 'deactivated' | null
  pending: boolean
  error: string | null
  onDelete: () => void
  onDeactivate: () => void
}) {
  const [confirming, setConfirming] = useState<Action | null>(null)
  const reasonId = useId()
  if (retired) {
    return (
      <span className={styles.done}>
        <CheckIcon /> “{name}” {retired === 'deleted' ? `${verb.toLowerCase()}d` : 'deactivated'}. The replacement is complete.
      </span>
    )
  }
  const label = (action: Action) => (action === 'deactivate' ? `Deactivate “${name}”` : `${verb} “${name}”`)
  if (confirming) {
    return (
      <>
        <Alert tone="warning" title={`${label(confirming)}?`}>
          {confirming === 'deactivate'
            ? 'Clients still using it stop working until it is activated again.'
            : 'Clients still using it will lose access at once. This cannot be undone.'}
        </Alert>
        {error ? (
          <Alert tone="error" title="The old token was not changed.">
            {error}
          </Alert>
        ) : null}
        <div className={styles.buttons}>
          <Button
            variant="danger"
            aria-disabled={pending}
            onClick={() => (pending ? undefined : confirming === 'deactivate' ? onDeactivate() : onDelete())}
          >
            {pending ? 'Working…' : label(confirming)}
          </Button>
          <Button onClick={() => setConfirming(null)}>Keep it</Button>
        </div>
      </>
    )
  }
  const options: Action[] = canDeactivate ? ['deactivate', 'delete'] : ['delete']
  return (
    <>
      <strong>{canDeactivate ? `Deactivate or ${verb.toLowerCase()} the old token.` : `${verb} the old token.`}</strong>
      <div className={styles.buttons}>
        {options.map((action) => (
          <Button
            key={action}
            variant={action === 'delete' ? 'danger' : 'secondary'}
            aria-disabled={blocked !== null}
            aria-describedby={blocked ? reasonId : undefined}
            onClick={() => (blocked ? undefined : setConfirming(action))}
          >
            {label(action)}…
          </Button>
        ))}
      </div>
      {blocked ? <span id={reasonId}>{blocked}</span> : null}
    </>
  )
}
