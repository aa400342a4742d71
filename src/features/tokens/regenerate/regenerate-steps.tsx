/**
 * The two steps of regenerating the operator token, shared by the token list's Regenerate and
 * the recovery page: a typed confirmation, then the one-time reveal of the new string.
 */
import { type FormEvent, type ReactNode, Suspense } from 'react'

import { describeError } from '../../../backends/describe-error'
import { doneWithoutAnswer, outcomeUnknown } from '../../../backends/http/outcome'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { DialogActions, DialogContent } from '../../../ui/dialog'
import { TextField } from '../../../ui/field'
import { Loading } from '../../../ui/loading'
import { LazyRevealStep } from '../reveal/lazy-reveal'
import type { RevealStepProps } from '../reveal/token-reveal'
import styles from './regenerate-steps.module.css'

/** A regeneration whose answer was lost may have replaced the string the console never saw. */
const LOST_REGENERATION =
  'If it was regenerated, the old string no longer works and the new one is lost: regenerate it again (with the lost-token page if the console loses access).'

export function ConfirmRegenerateContent({
  operatorName,
  description,
  typed,
  onTyped,
  pending,
  error,
  errorHint,
  onConfirm,
  onCancel,
  command,
}: {
  /** The operator token's name, typed to confirm. */
  operatorName: string
  description: ReactNode
  typed: string
  onTyped: (value: string) => void
  pending: boolean
  error: unknown
  errorHint?: string
  onConfirm: () => void
  onCancel: () => void
  /** The equivalent command, where the caller has a session to build it for. */
  command?: ReactNode
}) {
  const confirmed = operatorName !== '' && typed === operatorName
  function submit(event: FormEvent) {
    event.preventDefault()
    if (confirmed && !pending) onConfirm()
  }
  return (
    <DialogContent role="alertdialog" title="Regenerate the operator token?" description={description}>
      <form className={styles.form} onSubmit={submit}>
        <TextField
          label={`Type ${operatorName} to confirm`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onTyped(event.target.value)}
        />
        {error ? (
          <Alert
            tone="error"
            title={
              doneWithoutAnswer(error)
                ? 'The server regenerated the operator token, but the new string never reached the console.'
                : outcomeUnknown(error)
                  ? 'The console cannot tell whether the operator token was regenerated.'
                  : 'The operator token was not regenerated.'
            }
          >
            {describeError(error)}
            {outcomeUnknown(error) ? ` ${LOST_REGENERATION}` : ''}
            {errorHint ? ` ${errorHint}` : ''}
          </Alert>
        ) : null}
        {command}
        <DialogActions>
          <Button onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={!confirmed || pending} aria-busy={pending || undefined}>
            {pending ? 'Regenerating…' : 'Regenerate'}
          </Button>
        </DialogActions>
      </form>
    </DialogContent>
  )
}

export function NewOperatorTokenContent(props: RevealStepProps) {
  return (
    <DialogContent title="New operator token" description="Copy the new string now. It is shown only this once.">
      <Suspense fallback={<Loading label="Loading…" />}>
        <LazyRevealStep {...props} />
      </Suspense>
    </DialogContent>
  )
}
