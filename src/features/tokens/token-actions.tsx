/** Row actions: delete (confirmed, named), or for the operator token, regenerate. */
import { useId } from 'react'
import type { Token } from '../../api/types'
import { OPERATOR_TOKEN_NAME } from '../../lib/token-kind'
import { Button } from '../../ui/button'
import { TrashIcon } from '../../ui/icons'
import { DeleteTokenDialog } from './delete-token-dialog'
import { RegenerateDialog } from './regenerate-dialog'
import styles from './token-actions.module.css'

export const OPERATOR_DELETE_REASON = 'The operator token cannot be deleted — regenerate it instead.'

export function TokenActions({ token }: { token: Token }) {
  const reasonId = useId()
  if (token.name !== OPERATOR_TOKEN_NAME) return <DeleteTokenDialog token={token} />
  return (
    <span className={styles.actions}>
      <RegenerateDialog token={token} />
      <span className={styles.disabledWrap}>
        <Button
          variant="ghost"
          aria-disabled="true"
          aria-label={`Delete token ${token.name}`}
          aria-describedby={reasonId}
          onClick={(event) => event.preventDefault()}
        >
          <TrashIcon />
        </Button>
        <span id={reasonId} role="tooltip" className={styles.reason}>
          {OPERATOR_DELETE_REASON}
        </span>
      </span>
    </span>
  )
}
