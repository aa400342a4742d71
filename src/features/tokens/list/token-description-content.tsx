/** The description form's content, loaded when first opened (token-description-dialog.tsx). */
import { type FormEvent, type RefObject, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { isolate } from '../../../lib/bidi'
import { tokenLabel } from '../../../lib/token-describe'
import { useSetTokenDescription } from '../../../queries/token-status'
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { CommandDisclosure } from '../../../ui/command-disclosure'
import { DialogActions, DialogContent } from '../../../ui/dialog'
import { type CloseGuard, DISCARD_CHANGES, useDiscardGuard } from '../../../ui/discard-guard'
import { TextField } from '../../../ui/field'
import { useToast } from '../../../ui/toaster'
import { useErrorTiming } from '../../../ui/use-error-timing'
import { validateTokenName } from '../create/token-form-model'

export function DescriptionContent({
  token,
  closeGuard,
  onClose,
}: {
  token: Token
  closeGuard: RefObject<CloseGuard | null>
  onClose: () => void
}) {
  const change = useSetTokenDescription()
  const toast = useToast()
  const [value, setValue] = useState(token.name)
  const discardQuestion = useDiscardGuard({
    guardRef: closeGuard,
    changed: value !== token.name,
    onDiscard: onClose,
    ...DISCARD_CHANGES,
  })
  const errors = useErrorTiming<'description'>()
  // Descriptions need not be unique here: only the plain-text rules apply.
  const error = value.trim() === token.name ? 'This is its description already.' : validateTokenName(value, new Set())
  const command = useEquivalentCommand((commands, context) =>
    error === null ? commands.setDescription?.(token, value.trim(), context) : undefined,
  )

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (error !== null || change.isPending) return
    const description = value.trim()
    change.mutate(
      { token, description },
      {
        onSuccess: () => {
          onClose()
          toast(`Token “${isolate(tokenLabel(token))}” is now described as “${isolate(description)}”.`)
        },
      },
    )
  }

  return (
    <DialogContent
      title={`Edit description of token “${isolate(tokenLabel(token))}”`}
      description="Its string and its permissions stay as they are; clients keep working."
      onEscapeKeyDown={(event) => {
        if (change.isPending) event.preventDefault()
      }}
    >
      {discardQuestion}
      <form onSubmit={submit} noValidate>
        <TextField
          label="Description"
          value={value}
          autoComplete="off"
          hint="Who or what uses the token, e.g. Telegraf on the factory floor."
          error={errors.shown('description', error)}
          onChange={(event) => {
            setValue(event.target.value)
            errors.change('description', event.target.value)
          }}
        />
        {change.error ? (
          <Alert tone="error" title="The description was not changed.">
            {describeError(change.error)}
          </Alert>
        ) : null}
        {command ? <CommandDisclosure lines={command} /> : null}
        <DialogActions>
          <Button disabled={change.isPending} onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={change.isPending} aria-busy={change.isPending || undefined}>
            {change.isPending ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </form>
    </DialogContent>
  )
}
