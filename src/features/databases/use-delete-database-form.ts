import { type FormEvent, useState } from 'react'

import type { Database } from '../../backends/domain'
import { isApiError } from '../../backends/http/errors'
import { isolate } from '../../lib/bidi'
import { useDeleteDatabase } from '../../queries/database-queries'
import { useToast } from '../../ui/toaster'
import { useErrorTiming } from '../../ui/use-error-timing'
import { useNow } from '../../ui/use-now'
import { DEFAULT_HARD_DELETE, type HardDeleteDraft, resolveHardDelete } from './hard-delete-field'
import { useDatabaseNoun } from './use-database-noun'

/** Read only in event handlers. */
const currentTime = () => Date.now()

/**
 * The delete dialog's state: open or not, the typed confirmation, the hard-delete choice and its
 * error, and the deletion itself. Opening starts the form afresh; it cannot close while the
 * deletion is in flight. A 404 closes it with a toast: the database is gone anyway.
 */
export function useDeleteDatabaseForm(database: Database) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [hardDelete, setHardDelete] = useState<HardDeleteDraft>(DEFAULT_HARD_DELETE)
  const errors = useErrorTiming<'hardDelete'>()
  const now = useNow(30_000)
  const remove = useDeleteDatabase()
  const toast = useToast()
  const noun = useDatabaseNoun()
  const hardDeleteCheck = resolveHardDelete(hardDelete, now)

  function openChange(next: boolean) {
    if (remove.isPending) return
    if (next) {
      setTyped('')
      setHardDelete(DEFAULT_HARD_DELETE)
      errors.reset()
      remove.reset()
    }
    setOpen(next)
  }

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
          toast(`${noun.One} “${isolate(database.name)}” deleted.`)
        },
        onError: (error) => {
          if (isApiError(error) && error.is(404)) {
            setOpen(false)
            toast(
              `${noun.One} “${isolate(database.name)}” no longer exists (deleted elsewhere). The list is up to date.`,
              'error',
            )
          }
        },
      },
    )
  }

  return {
    open,
    openChange,
    typed,
    setTyped,
    hardDelete,
    changeHardDelete: (value: HardDeleteDraft) => {
      setHardDelete(value)
      errors.change('hardDelete')
    },
    /** The hard-delete time's error, once the rule shows it. */
    hardDeleteError: errors.shown('hardDelete', hardDeleteCheck.ok ? null : hardDeleteCheck.error),
    /** When the data would go for good, as chosen; null while the choice is not valid. */
    hardDeleteAt: hardDeleteCheck.ok ? hardDeleteCheck.value : null,
    /** The name is typed exactly. */
    confirmed: typed === database.name,
    pending: remove.isPending,
    /** The failure to show in the form (a 404 closes the dialog instead). */
    error: remove.error && !(isApiError(remove.error) && remove.error.is(404)) ? remove.error : null,
    submit,
  }
}

export type DeleteDatabaseFormState = ReturnType<typeof useDeleteDatabaseForm>
