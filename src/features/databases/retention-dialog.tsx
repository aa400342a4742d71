import { type FormEvent, useRef, useState } from 'react'

import { describeError } from '../../backends/describe-error'
import type { Database } from '../../backends/domain'
import { checkedNote, failureTitle } from '../../backends/http/outcome'
import { isolate } from '../../lib/bidi'
import { formatRetention, retentionFromInput, retentionToInput } from '../../lib/retention'
import { useSetRetention } from '../../queries/database-queries'
import { useProductScreens } from '../../session/session-context'
import { useEquivalentCommand } from '../../session/use-product-commands'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { CommandDisclosure } from '../../ui/command-disclosure'
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '../../ui/dialog'
import { type CloseGuard, DISCARD_CHANGES, useDiscardGuard } from '../../ui/discard-guard'
import { useToast } from '../../ui/toaster'
import { useErrorTiming } from '../../ui/use-error-timing'
import styles from './databases.module.css'
import { RetentionFields, type RetentionState, sameRetention } from './retention-fields'

function initialState(db: Database): RetentionState {
  return { infinite: db.retentionSeconds === undefined, ...retentionToInput(db.retentionSeconds) }
}

/** Change or clear a database's retention period; the new value is spelled out before saving. */
export function RetentionDialog({ database }: { database: Database }) {
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState<RetentionState>(() => initialState(database))
  const errors = useErrorTiming<'retention'>()
  const save = useSetRetention()
  const toast = useToast()
  const guard = useRef<CloseGuard | null>(null)
  const discardQuestion = useDiscardGuard({
    guardRef: guard,
    changed: !sameRetention(value, initialState(database)),
    onDiscard: () => setOpen(false),
    ...DISCARD_CHANGES,
  })

  const { minRetentionSeconds } = useProductScreens()
  const period = value.infinite ? null : retentionFromInput(value.amount, value.unit, minRetentionSeconds)
  const error = period && !period.ok ? period.error : null
  const newSeconds = period && period.ok ? period.seconds : undefined
  const unchanged = error === null && newSeconds === database.retentionSeconds
  const command = useEquivalentCommand((commands, context) =>
    error || unchanged
      ? undefined
      : commands.changeDatabase(database.name, { retention: period && period.ok ? period.humantime : null }, context),
  )

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (error || unchanged || save.isPending) return
    save.mutate(
      {
        name: database.name,
        retention: period && period.ok ? period.humantime : null,
        seconds: period && period.ok ? period.seconds : null,
      },
      {
        onSuccess: () => {
          toast(`Retention of “${isolate(database.name)}” is now ${formatRetention(newSeconds).toLowerCase()}.`)
          setOpen(false)
        },
      },
    )
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (save.isPending) return
        // Escape, × and a click outside ask before changed fields go (docs/forms.md).
        if (!next && guard.current?.() === false) return
        if (next) {
          setValue(initialState(database))
          errors.reset()
          save.reset()
        }
        setOpen(next)
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" aria-label={`Edit retention of ${database.name}`}>
          Retention
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit retention of “${isolate(database.name)}”`}
        description={`Now: ${formatRetention(database.retentionSeconds)}. The server deletes data older than the retention period.`}
      >
        {discardQuestion}
        <form className={styles.form} onSubmit={submit} noValidate>
          <RetentionFields
            value={value}
            onChange={(next) => {
              setValue(next)
              errors.change('retention')
            }}
            error={errors.shown('retention', error)}
          />
          {error ? null : (
            <p className={styles.confirm} aria-live="polite">
              {unchanged
                ? 'This is the current retention period.'
                : newSeconds === undefined
                  ? `New retention: infinite. “${isolate(database.name)}” keeps all data until it is deleted.`
                  : `New retention: ${formatRetention(newSeconds)}. Data in “${isolate(database.name)}” older than that will be deleted.`}
            </p>
          )}
          {save.error ? (
            <Alert
              tone="error"
              title={failureTitle(save.error, {
                notDone: 'The retention period was not changed.',
                unknown: 'The console cannot tell whether the retention period was changed.',
              })}
            >
              {describeError(save.error)}
              {checkedNote(save.error, 'the retention period is as it was.')}
            </Alert>
          ) : null}
          {command ? <CommandDisclosure lines={command} /> : null}
          <DialogActions>
            <Button disabled={save.isPending} onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={Boolean(error) || unchanged || save.isPending}>
              {save.isPending
                ? 'Saving…'
                : newSeconds === undefined
                  ? 'Make retention infinite'
                  : `Set to ${formatRetention(newSeconds)}`}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  )
}
