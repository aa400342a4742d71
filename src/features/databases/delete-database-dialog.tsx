/**
 * Delete a database: who loses access (tokens naming it, wildcard and admin tokens), when the
 * data goes for good, and a confirmation that requires typing the database's name.
 */
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'react-router-dom'
import { describeError } from '../../backends/describe-error'
import { checkedNote, failureTitle } from '../../backends/http/outcome'
import { isApiError } from '../../backends/http/errors'
import type { Database, HardDelete } from '../../backends/domain'
import { isolate } from '../../lib/bidi'
import { tokensWithAccess } from '../../lib/database-access'
import { formatUtcDateTime } from '../../lib/relative-time'
import { useDeleteDatabase } from '../../queries/database-queries'
import { tokenListQuery } from '../../queries/token-queries'
import { useBackend } from '../../session/session-context'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { Choice, ChoiceGroup } from '../../ui/choice-group'
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger, DialogActions } from '../../ui/dialog'
import { TextField } from '../../ui/field'
import { TrashIcon } from '../../ui/icons'
import { Loading } from '../../ui/loading'
import { useToast } from '../../ui/toaster'
import { useNow } from '../../ui/use-now'
import styles from './databases.module.css'

type HardDeleteChoice = 'default' | 'now' | 'never' | 'date'

const HARD_DELETE_OPTIONS: { value: HardDeleteChoice; label: string }[] = [
  { value: 'default', label: 'After the server’s grace period (72 hours unless configured otherwise)' },
  { value: 'now', label: 'Now: remove the data at once — it cannot be recovered' },
  { value: 'never', label: 'Never: keep the data on disk, only hide the database' },
  { value: 'date', label: 'At a date and time' },
]

/** Read only in event handlers. */
const currentTime = () => Date.now()

export function DeleteDatabaseDialog({ database, tokensHref }: { database: Database; tokensHref: (db: string) => string }) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [choice, setChoice] = useState<HardDeleteChoice>('default')
  const [date, setDate] = useState('')
  const [dateError, setDateError] = useState<string | null>(null)
  const remove = useDeleteDatabase()
  const toast = useToast()

  function hardDeleteAt(): HardDelete | null {
    if (choice !== 'date') return choice
    const at = new Date(date)
    if (!date || Number.isNaN(at.getTime())) {
      setDateError('Enter a date and time.')
      return null
    }
    if (at.getTime() <= currentTime()) {
      setDateError('Choose a time in the future, or choose “Now”.')
      return null
    }
    return at
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (typed !== database.name || remove.isPending) return
    const when = hardDeleteAt()
    if (when === null) return
    remove.mutate(
      { name: database.name, hardDeleteAt: when },
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
          setChoice('default')
          setDate('')
          setDateError(null)
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
          <ChoiceGroup type="radio" legend="Remove the data for good">
            {HARD_DELETE_OPTIONS.map((option) => (
              <Choice
                key={option.value}
                checked={choice === option.value}
                onChange={() => {
                  setChoice(option.value)
                  setDateError(null)
                }}
              >
                {option.label}
              </Choice>
            ))}
            {choice === 'date' ? (
              <TextField
                label="Hard-delete at (your local time)"
                type="datetime-local"
                value={date}
                error={dateError ?? undefined}
                onChange={(event) => {
                  setDate(event.target.value)
                  setDateError(null)
                }}
              />
            ) : null}
          </ChoiceGroup>
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

/** Which tokens grant access to the database, so nobody deletes it blind. */
function AccessSummary({ database, tokensHref }: { database: string; tokensHref: (db: string) => string }) {
  const backend = useBackend()
  const tokens = useQuery(tokenListQuery(backend))
  const now = useNow(60_000)
  if (tokens.isPending) return <Loading label="Checking which tokens grant access…" />
  if (tokens.isError) {
    return (
      <Alert
        tone="warning"
        title="Could not check which tokens grant access to this database."
        action={<Button onClick={() => void tokens.refetch()}>Retry</Button>}
      >
        {describeError(tokens.error)}
      </Alert>
    )
  }
  const access = tokensWithAccess(database, tokens.data, now)
  return (
    <section className={styles.access} aria-label="Tokens with access">
      <h3 className={styles.accessTitle}>Tokens with access</h3>
      {access.named.length > 0 ? (
        <Alert tone="warning" title={`${access.named.length} ${access.named.length === 1 ? 'token names' : 'tokens name'} this database`}>
          <p>
            Their permissions will point at a deleted database: clients using them lose access to it. Delete or replace
            these tokens if they exist only for this database.
          </p>
          <ul className={styles.tokenNames}>
            {access.named.map((t) => (
              <li key={t.name}>{t.name}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p className={styles.hint}>No token names this database.</p>
      )}
      <p className={styles.hint}>
        {access.wildcard.length > 0 ? (
          <>
            Through <code>db:*</code>: {access.wildcard.map((t) => t.name).join(', ')}.{' '}
          </>
        ) : (
          'No database token grants every database. '
        )}
        {access.admin.length} admin {access.admin.length === 1 ? 'token has' : 'tokens have'} full access
        (expired tokens are not counted).{' '}
        {access.unreadable.length > 0 ? (
          <>
            The console cannot read the permissions of {access.unreadable.map((t) => t.name).join(', ')}: check{' '}
            {access.unreadable.length === 1 ? 'it' : 'them'} with <code>influxdb3 show tokens</code>.{' '}
          </>
        ) : null}
        <Link to={tokensHref(database)}>See them in the token list</Link>
      </p>
    </section>
  )
}

/** For the deleted-database rows. */
export function describeHardDeletion(db: Database): string {
  return db.hardDeletionAt ? `Data removed ${formatUtcDateTime(db.hardDeletionAt)}` : 'Data kept (no hard-delete time)'
}

