/**
 * The limits-and-retention form: the two limits, the retention, what saving would change
 * ("Max tables: 500 → 200"), and Save. A change that changes nothing is refused; a failure keeps
 * the fields as they are, says why, and offers to try again.
 */
import { type FormEvent, type RefObject, useState } from 'react'

import { describeError } from '../../backends/describe-error'
import type { Database } from '../../backends/domain'
import { checkedNote, failureTitle } from '../../backends/http/outcome'
import { isolate } from '../../lib/bidi'
import { retentionFromInput, retentionToInput } from '../../lib/retention'
import type { useSetDatabaseSettings } from '../../queries/database-settings'
import { useEquivalentCommand } from '../../session/use-product-commands'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { CommandDisclosure } from '../../ui/command-disclosure'
import { DialogActions } from '../../ui/dialog'
import { type CloseGuard, DISCARD_CHANGES, useDiscardGuard } from '../../ui/discard-guard'
import { FieldError } from '../../ui/field-error'
import { useToast } from '../../ui/toaster'
import { useErrorTiming } from '../../ui/use-error-timing'
import { checkLimits, type LimitKey, limitsToInputs, planSettings } from './database-limits'
import styles from './databases.module.css'
import { LimitFields } from './limit-fields'
import { RetentionFields, type RetentionState, sameRetention } from './retention-fields'

const NO_CHANGE = 'These are its settings already: change a limit or the retention first.'

export function LimitsForm({
  database,
  save,
  closeGuard,
  onDone,
}: {
  database: Database
  save: ReturnType<typeof useSetDatabaseSettings>
  closeGuard: RefObject<CloseGuard | null>
  onDone: () => void
}) {
  const toast = useToast()
  const [start] = useState(() => ({
    limits: limitsToInputs(database.limits),
    retention: { infinite: database.retentionSeconds === undefined, ...retentionToInput(database.retentionSeconds) },
  }))
  const [limitInputs, setLimitInputs] = useState(start.limits)
  const [retention, setRetention] = useState<RetentionState>(start.retention)
  const discardQuestion = useDiscardGuard({
    guardRef: closeGuard,
    changed:
      limitInputs.maxTables !== start.limits.maxTables ||
      limitInputs.maxColumnsPerTable !== start.limits.maxColumnsPerTable ||
      !sameRetention(retention, start.retention),
    onDiscard: onDone,
    ...DISCARD_CHANGES,
  })
  const errors = useErrorTiming<LimitKey | 'retention'>()
  const [tried, setTried] = useState(false)

  const limits = checkLimits(limitInputs, 'required')
  const period = retention.infinite ? null : retentionFromInput(retention.amount, retention.unit)
  const retentionError = period && !period.ok ? period.error : null
  const { maxTables, maxColumnsPerTable } = limits.limits ?? {}
  const plan =
    maxTables !== undefined && maxColumnsPerTable !== undefined && retentionError === null
      ? planSettings(
          database,
          { maxTables, maxColumnsPerTable },
          {
            humantime: period?.ok ? period.humantime : null,
            seconds: period?.ok ? period.seconds : undefined,
          },
        )
      : null
  const unchanged = plan !== null && plan.lines.length === 0
  const command = useEquivalentCommand((commands, context) =>
    plan !== null && !unchanged ? commands.changeDatabase(database.name, plan.change, context) : undefined,
  )

  function send() {
    if (plan === null || unchanged || save.isPending) return
    save.mutate(
      { name: database.name, change: plan.change, retentionSeconds: period?.ok ? period.seconds : undefined },
      {
        onSuccess: () => {
          onDone()
          toast(`Settings of “${isolate(database.name)}” changed. ${plan.lines.join('. ')}.`)
        },
      },
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    setTried(true)
    send()
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {discardQuestion}
      <LimitFields
        value={limitInputs}
        errors={{
          maxTables: errors.shown('maxTables', limits.errors.maxTables),
          maxColumnsPerTable: errors.shown('maxColumnsPerTable', limits.errors.maxColumnsPerTable),
        }}
        onChange={(value, key, text) => {
          setLimitInputs(value)
          errors.change(key, text)
        }}
      />
      <RetentionFields
        value={retention}
        onChange={(value) => {
          setRetention(value)
          errors.change('retention')
        }}
        error={errors.shown('retention', retentionError)}
      />
      <div className={styles.confirm} aria-live="polite">
        {plan && plan.lines.length > 0 ? (
          <ul className={styles.changes} aria-label="What saving changes">
            {plan.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.changes}>Nothing to change yet.</p>
        )}
        <FieldError>{tried && unchanged ? NO_CHANGE : null}</FieldError>
      </div>
      {save.error ? (
        <Alert
          tone="error"
          title={failureTitle(save.error, {
            notDone: 'The settings were not changed.',
            unknown: 'The console cannot tell whether the settings were changed.',
          })}
          action={
            <Button onClick={send} disabled={save.isPending}>
              Try again
            </Button>
          }
        >
          {describeError(save.error)}
          {checkedNote(save.error, 'the settings are as they were.')}
        </Alert>
      ) : null}
      {command ? <CommandDisclosure lines={command} /> : null}
      <DialogActions>
        <Button disabled={save.isPending} onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.isPending} aria-busy={save.isPending || undefined}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </Button>
      </DialogActions>
    </form>
  )
}
