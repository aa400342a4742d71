/**
 * The regeneration's question: the operator token's name typed to confirm, the failure if any,
 * and the equivalent command where a session can build it. Loaded when a dialog asks it, not
 * with the token list.
 */
import { type FormEvent, type ReactNode } from 'react'

import { describeError } from '../../../backends/describe-error'
import { doneWithoutAnswer, outcomeUnknown } from '../../../backends/http/outcome'
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CommandDisclosure } from '../../../ui/command-disclosure'
import { DialogActions, DialogContent } from '../../../ui/dialog'
import { TextField } from '../../../ui/field'
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
    // A destructive confirmation behaves as the alert dialogs do (docs/forms.md): Escape and
    // Cancel close it, a click outside and a × do not. It shares its dialog with the reveal that
    // follows, so it is a dialog with the alert role rather than an AlertDialog.
    <DialogContent
      role="alertdialog"
      title="Regenerate the operator token?"
      description={description}
      hideClose
      onInteractOutside={(event) => event.preventDefault()}
    >
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

/** The token list's question, with the command that regenerates from a terminal. */
export function RegenerateQuestion(props: Omit<Parameters<typeof ConfirmRegenerateContent>[0], 'command'>) {
  return <ConfirmRegenerateContent {...props} command={<RegenerateCommand />} />
}

function RegenerateCommand() {
  const command = useEquivalentCommand((commands, context) => commands.regenerateOperator?.(context))
  return command ? <CommandDisclosure lines={command} /> : null
}
