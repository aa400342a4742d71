/** Row actions: delete or revoke (confirmed, named), deactivate or activate where the product can, or for the operator token, regenerate. */
import { lazy, Suspense, useId } from 'react'
import { useSearchParams } from 'react-router-dom'

import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { useBackend } from '../../../session/session-context'
import { Button } from '../../../ui/button'
import { TrashIcon } from '../../../ui/icons'
import { FoldedText, RowActions } from '../../../ui/row-actions'
import { CLONE_PARAM, REPLACE_PARAM } from '../create/copy-params'
import { TokenPermissionsDialog } from '../edit/token-permissions-dialog'
import styles from './token-actions.module.css'
import { TokenDescriptionDialog } from './token-description-dialog'
import { TokenStatusDialog } from './token-status-dialog'

// Only the operator token's row has it, and only on a product that has one: loaded with that row.
const RegenerateDialog = lazy(async () => ({ default: (await import('../regenerate/regenerate-dialog')).RegenerateDialog }))

/** Opens the create form as a copy of this token, or as its replacement (the create dialog reads the URL). */
function CopyButton({ token, param, verb, text = verb }: { token: Token; param: string; verb: string; text?: string }) {
  const [, setParams] = useSearchParams()
  return (
    <Button
      variant="ghost"
      aria-label={`${verb} token ${tokenLabel(token)}`}
      aria-haspopup="dialog"
      onClick={() =>
        setParams((params) => {
          params.set(param, token.id)
          return params
        })
      }
    >
      {text}
    </Button>
  )
}

export const OPERATOR_DELETE_REASON = 'The operator token cannot be deleted — regenerate it instead.'

/** `onDelete` opens the list's one delete confirmation for this token. */
export function TokenActions({ token, onDelete }: { token: Token; onDelete: (token: Token) => void }) {
  const reasonId = useId()
  const { operator, tokens } = useBackend()
  // A revoked token is done: nothing is left to remove.
  if (token.status === 'revoked') return null
  if (token.name !== operator?.name) {
    const verb = tokens.revokes ? 'Revoke' : 'Delete'
    const remove = (
      <Button
        variant="ghost"
        aria-label={`${verb} token ${tokenLabel(token)}`}
        aria-haspopup="dialog"
        onClick={() => onDelete(token)}
      >
        <TrashIcon />
        <FoldedText>{verb}</FoldedText>
      </Button>
    )
    return (
      <RowActions name={`token ${tokenLabel(token)}`}>
        <CopyButton token={token} param={CLONE_PARAM} verb="Clone" />
        <CopyButton token={token} param={REPLACE_PARAM} verb="Replace" text="Replace…" />
        {tokens.setDescription ? <TokenDescriptionDialog token={token} /> : null}
        {tokens.setPermissions ? <TokenPermissionsDialog token={token} /> : null}
        {tokens.setStatus ? <TokenStatusDialog token={token} /> : null}
        {remove}
      </RowActions>
    )
  }
  return (
    <RowActions name={`token ${token.name}`}>
      <Suspense fallback={null}>
        <RegenerateDialog token={token} />
      </Suspense>
      <span className={styles.disabledWrap}>
        <Button
          variant="ghost"
          aria-disabled="true"
          aria-label={`Delete token ${token.name}`}
          aria-describedby={reasonId}
          onClick={(event) => event.preventDefault()}
        >
          <TrashIcon />
          <FoldedText>Delete</FoldedText>
        </Button>
        <span id={reasonId} role="tooltip" className={styles.reason}>
          {OPERATOR_DELETE_REASON}
        </span>
      </span>
    </RowActions>
  )
}
