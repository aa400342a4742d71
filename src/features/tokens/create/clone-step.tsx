/**
 * The create form as a copy of a listed token: its type, permissions and expiry filled in, its
 * name marked as a copy, everything open to change before Create. A token the form cannot make
 * exactly is not half-copied: the step says why.
 */
import { useQuery } from '@tanstack/react-query'
import { type RefObject, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { CreatedToken } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { DialogActions } from '../../../ui/dialog'
import type { CloseGuard } from '../../../ui/discard-guard'
import { Loading } from '../../../ui/loading'
import { QueryError } from '../../../ui/query-error'
import { cloneSeed, replacementName } from './form-seed'
import { TokenForm } from './token-form'

export function CloneStep({
  tokenId,
  replacing = false,
  onClose,
  onRequestClose,
  closeGuard,
  onPendingChange,
  onCreated,
}: {
  tokenId: string
  /** Replace rather than Clone: the copy is named as the new token, and the original is retired after. */
  replacing?: boolean
  onClose: () => void
  /** Closing as the × would: a changed copy asks first. */
  onRequestClose: () => void
  closeGuard: RefObject<CloseGuard | null>
  onPendingChange: (pending: boolean) => void
  onCreated: (created: CreatedToken, requestedExpirySecs: number | null) => void
}) {
  const backend = useBackend()
  const { tokenTypes } = useProductScreens()
  const tokens = useQuery(tokenListQuery(backend))
  // The moment the copy is made: the original's lifetime counts from here.
  const [now] = useState(() => Date.now())

  if (tokens.isPending) return <Loading label="Loading the token…" />
  if (tokens.data === undefined) {
    return (
      <QueryError
        title="Could not read the token to copy."
        description={describeError(tokens.error)}
        onRetry={() => void tokens.refetch()}
      />
    )
  }
  const token = tokens.data.find((t) => t.id === tokenId)
  const seed = token ? cloneSeed(token, tokenTypes, now) : null
  if (!token || !seed?.ok) {
    return (
      <>
        <Alert tone="warning" title={token ? `“${tokenLabel(token)}” cannot be cloned here.` : 'This token is no longer listed.'}>
          {seed && !seed.ok ? seed.reason : 'It may have been deleted since the link was made.'}
        </Alert>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
        </DialogActions>
      </>
    )
  }
  return (
    <>
      {replacing ? (
        <p>
          The replacement for <strong>{tokenLabel(token)}</strong>: a new token with its permissions and lifetime, and a new
          string. The server cannot give a token a new string, so the original is removed only after this one is created, revealed
          and verified.
        </p>
      ) : (
        <p>
          A copy of <strong>{tokenLabel(token)}</strong>: its permissions and lifetime are filled in. Change anything before
          creating; the original stays as it is.
        </p>
      )}
      <TokenForm
        seed={replacing ? { ...seed.seed, name: replacementName(token.name) } : seed.seed}
        type={seed.seed.type}
        onBack={onRequestClose}
        closeGuard={closeGuard}
        onDiscard={onClose}
        onPendingChange={onPendingChange}
        onCreated={onCreated}
      />
    </>
  )
}
