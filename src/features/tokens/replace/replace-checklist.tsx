/**
 * Replace, after the new token is revealed: update the clients, verify the new string, then
 * remove the old token. The old one is only removed by the last step, confirmed and named, once
 * the clients are marked updated and the new string passed its test (or has no test here).
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { tokenLabel } from '../../../lib/token-describe'
import { tokenListQuery, useDeleteToken } from '../../../queries/token-queries'
import { useSetTokenStatus } from '../../../queries/token-status'
import { useBackend } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CheckIcon } from '../../../ui/icons'
import { TokenTestPanel } from '../reveal/token-test-panel'
import type { TokenTest } from '../reveal/use-token-test'
import styles from './replace-checklist.module.css'
import { RetireStep } from './retire-step'

export function ReplaceChecklist({
  oldId,
  test,
  onRetired,
}: {
  oldId: string
  test: TokenTest
  /** The old token is gone (or switched off): the replacement is complete. */
  onRetired: () => void
}) {
  const backend = useBackend()
  const tokens = useQuery(tokenListQuery(backend))
  // Kept once read: the old token leaves the list when it is deleted.
  const [old, setOld] = useState<Token | null>(null)
  const listed = tokens.data?.find((t) => t.id === oldId)
  if (old === null && listed) setOld(listed)
  const [clientsUpdated, setClientsUpdated] = useState(false)
  const remove = useDeleteToken()
  const deactivate = useSetTokenStatus()
  const [retired, setRetired] = useState<'deleted' | 'deactivated' | null>(null)

  if (old === null) return tokens.isPending ? null : <Alert tone="warning" title="The old token is no longer listed." />
  const untestable = test.unsupported || (test.trial !== undefined && !test.trial.possible)
  const verified = test.passed || untestable
  const name = tokenLabel(old)

  return (
    <section aria-labelledby="replace-checklist" className={styles.checklist}>
      <h3 id="replace-checklist" className={styles.heading}>
        Replace “{name}”
      </h3>
      {retired ? null : (
        <p>Until the last step both tokens work: closing now leaves both, and the old one can be removed from the list later.</p>
      )}
      <ol className={styles.steps}>
        <li>
          <strong>Update your clients</strong> with the new string.{' '}
          {clientsUpdated ? (
            <span className={styles.done}>
              <CheckIcon /> Clients updated.
            </span>
          ) : (
            <Button onClick={() => setClientsUpdated(true)}>Mark clients updated</Button>
          )}
        </li>
        <li>
          <strong>Verify the new token.</strong>
          <TokenTestPanel test={test} label="Verify the new token" />
          {untestable ? <span>Without a test here, check a client that uses the new string before the last step.</span> : null}
        </li>
        <li>
          <RetireStep
            name={name}
            verb={backend.tokens.revokes ? 'Revoke' : 'Delete'}
            canDeactivate={backend.tokens.setStatus !== undefined && old.status !== 'inactive'}
            blocked={
              !clientsUpdated
                ? 'First mark the clients updated.'
                : !verified
                  ? 'First verify the new token: the old one stays until the new one works.'
                  : null
            }
            retired={retired}
            pending={remove.isPending || deactivate.isPending}
            error={(remove.error ?? deactivate.error) ? describeError(remove.error ?? deactivate.error) : null}
            onDelete={() =>
              remove.mutate(old, {
                onSuccess: () => {
                  setRetired('deleted')
                  onRetired()
                },
              })
            }
            onDeactivate={() =>
              deactivate.mutate(
                { token: old, status: 'inactive' },
                {
                  onSuccess: () => {
                    setRetired('deactivated')
                    onRetired()
                  },
                },
              )
            }
          />
        </li>
      </ol>
    </section>
  )
}
