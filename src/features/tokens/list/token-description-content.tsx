/** The description form's content, loaded when first opened (token-description-dialog.tsx). */
import { type FormEvent, type RefObject, useState } from 'react'

import { describeError } from '../../../backends/describe-error'
import type { Token } from '../../../backends/domain'
import { checkedNote, failureTitle } from '../../../backends/http/outcome'
import { isolate } from '../../../lib/bidi'
import { tokenLabel } from '../../../lib/token-describe'
import { useSetTokenDescription } from '../../../queries/token-status'
import { useProductScreens } from '../../../session/session-context'
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
  // Required here even where a create may leave it empty: the field is the token's label, and an
  // edit that erased it would more likely be a slip than a wish.
  const { naming } = useProductScreens()
  const rule = { label: naming?.label ?? 'Description', required: true, unique: false }
  const error = value.trim() === token.name ? 'This is its description already.' : validateTokenName(value, new Set(), rule)
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
          <Alert
            tone="error"
            title={failureTitle(change.error, {
              notDone: 'The description was not changed.',
              unknown: 'The console cannot tell whether the description was changed.',
            })}
          >
            {describeError(change.error)}
            {checkedNote(change.error, 'the description is as it was.')}
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
