/**
 * Delete a database: who loses access (tokens naming it, wildcard and admin tokens), when the
 * data goes for good, and a confirmation that requires typing the database's name.
 */
import { type FormEvent, useState } from 'react'

import { describeError } from '../../backends/describe-error'
import type { Database } from '../../backends/domain'
import { isApiError } from '../../backends/http/errors'
import { checkedNote, failureTitle } from '../../backends/http/outcome'
import { isolate } from '../../lib/bidi'
import { useDeleteDatabase } from '../../queries/database-queries'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger, DialogActions } from '../../ui/dialog'
import { TextField } from '../../ui/field'
import { TrashIcon } from '../../ui/icons'
import { useToast } from '../../ui/toaster'
import { useErrorTiming } from '../../ui/use-error-timing'
import { useNow } from '../../ui/use-now'
import { AccessSummary } from './access-summary'
import styles from './databases.module.css'
import { DEFAULT_HARD_DELETE, type HardDeleteDraft, HardDeleteField, resolveHardDelete } from './hard-delete-field'

/** Read only in event handlers. */
const currentTime = () => Date.now()

export function DeleteDatabaseDialog({ database, tokensHref }: { database: Database; tokensHref: (db: string) => string }) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [hardDelete, setHardDelete] = useState<HardDeleteDraft>(DEFAULT_HARD_DELETE)
  const errors = useErrorTiming<'hardDelete'>()
  const now = useNow(30_000)
  const remove = useDeleteDatabase()
  const toast = useToast()
  const hardDeleteCheck = resolveHardDelete(hardDelete, now)

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (typed !== database.name || remove.isPending) return
    // Checked again at the moment of sending: a dialog left open must not send a past time.
    const when = resolveHardDelete(hardDelete, currentTime())
    if (!when.ok) return
    remove.mutate(
      { name: database.name, hardDeleteAt: when.value },
      {
        onSuccess: () => {
          setOpen(false)
          toast(`Database “${isolate(database.name)}” deleted.`)
        },
        onError: (error) => {
          if (isApiError(error) && error.is(404)) {
            setOpen(false)
            toast(`Database “${isolate(database.name)}” no longer exists (deleted elsewhere). The list is up to date.`, 'error')
          }
        },
      },
    )
  }

  const shownError = remove.error && !(isApiError(remove.error) && remove.error.is(404)) ? remove.error : null

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (remove.isPending) return
        if (next) {
          setTyped('')
          setHardDelete(DEFAULT_HARD_DELETE)
          errors.reset()
          remove.reset()
        }
        setOpen(next)
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="ghost" aria-label={`Delete database ${database.name}`}>
          <TrashIcon />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title={`Delete database “${isolate(database.name)}”?`}
        description={
          <p>
            Writes and queries to <strong>{isolate(database.name)}</strong> stop at once. The server keeps its data until the
            hard-delete time you choose below.
          </p>
        }
      >
        <form className={styles.form} onSubmit={submit} noValidate>
          <AccessSummary database={database.name} tokensHref={tokensHref} />
          <HardDeleteField
            value={hardDelete}
            onChange={(value) => {
              setHardDelete(value)
              errors.change('hardDelete')
            }}
            error={errors.shown('hardDelete', hardDeleteCheck.ok ? null : hardDeleteCheck.error)}
          />
          <TextField
            label={`Type ${isolate(database.name)} to confirm`}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
          />
          {shownError ? (
            <Alert
              tone="error"
              title={failureTitle(shownError, {
                notDone: 'The database was not deleted.',
                unknown: `The console cannot tell whether the database “${isolate(database.name)}” was deleted.`,
              })}
            >
              {describeError(shownError)}
              {checkedNote(shownError, 'the database is still there.')}
            </Alert>
          ) : null}
          <DialogActions>
            <AlertDialogCancel asChild>
              <Button disabled={remove.isPending}>Cancel</Button>
            </AlertDialogCancel>
            <Button
              type="submit"
              variant="danger"
              disabled={typed !== database.name || remove.isPending}
              aria-busy={remove.isPending || undefined}
            >
              {remove.isPending ? 'Deleting…' : 'Delete database'}
            </Button>
          </DialogActions>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  )
}
