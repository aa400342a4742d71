/**
 * The permission editor's form: the grid filled with the token's permissions, what saving would
 * add and remove, and Save. A failed save keeps the grid as the user left it, says why, and
 * offers to try again.
 */
import { type FormEvent, type RefObject, useId, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { checkedNote, failureTitle } from '../../../backends/http/outcome'
import { isolate } from '../../../lib/bidi'
import type { Permission } from '../../../lib/permission'
import type { useSetTokenPermissions } from '../../../queries/token-permissions'
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CommandDisclosure } from '../../../ui/command-disclosure'
import { DialogActions } from '../../../ui/dialog'
import { type CloseGuard, DISCARD_CHANGES, useDiscardGuard } from '../../../ui/discard-guard'
import { FieldError } from '../../../ui/field-error'
import { useToast } from '../../../ui/toaster'
import { useErrorTiming } from '../../../ui/use-error-timing'
import { DatabasePermissions } from '../create/database-permissions'
import type { GridValue } from '../create/permission-grid-model'
import { describeChange, type EditableGrid, planEdit } from './permission-edit-model'
import styles from './permissions-form.module.css'

export function PermissionsForm({
  token,
  current,
  initial,
  save,
  closeGuard,
  onClose,
}: {
  token: Token
  current: readonly Permission[]
  initial: Extract<EditableGrid, { ok: true }>
  save: ReturnType<typeof useSetTokenPermissions>
  closeGuard: RefObject<CloseGuard | null>
  onClose: () => void
}) {
  const id = useId()
  const toast = useToast()
  const [grid, setGrid] = useState<GridValue>(initial.value)
  const errors = useErrorTiming<'permissions'>()
  const plan = planEdit(current, grid)
  const changes = describeChange(plan.diff)
  const discardQuestion = useDiscardGuard({
    guardRef: closeGuard,
    changed: changes.length > 0,
    onDiscard: onClose,
    ...DISCARD_CHANGES,
  })
  const error = errors.shown('permissions', plan.error)
  const command = useEquivalentCommand((commands, context) =>
    plan.error === null ? commands.setPermissions?.(token, plan.permissions, context) : undefined,
  )

  function send() {
    if (plan.error !== null || save.isPending) return
    save.mutate(
      { token, permissions: plan.permissions },
      {
        onSuccess: () => {
          onClose()
          toast(`Permissions of token “${isolate(token.name)}” saved. ${changes.join('. ')}.`)
        },
      },
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    send()
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {discardQuestion}
      <DatabasePermissions
        value={grid}
        named={initial.names}
        onChange={(value) => {
          setGrid(value)
          errors.change('permissions')
        }}
      />
      <section className={styles.changes} aria-labelledby={`${id}-changes`} aria-live="polite">
        <h3 id={`${id}-changes`} className={styles.changesTitle}>
          What saving changes
        </h3>
        {changes.length > 0 ? (
          <ul className={styles.lines}>
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.lines}>Nothing yet: the grid shows the token’s permissions as they are.</p>
        )}
        <FieldError>{error}</FieldError>
      </section>
      {command ? <CommandDisclosure lines={command} /> : null}
      {save.error ? (
        <Alert
          tone="error"
          title={failureTitle(save.error, {
            notDone: 'The permissions were not changed.',
            unknown: 'The console cannot tell whether the permissions were changed.',
          })}
          action={
            <Button onClick={send} disabled={save.isPending}>
              Try again
            </Button>
          }
        >
          {describeError(save.error)}
          {checkedNote(save.error, 'the token’s permissions are as they were.')}
        </Alert>
      ) : null}
      <DialogActions>
        <Button disabled={save.isPending} onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.isPending} aria-busy={save.isPending || undefined}>
          {save.isPending ? 'Saving…' : 'Save permissions'}
        </Button>
      </DialogActions>
    </form>
  )
}
