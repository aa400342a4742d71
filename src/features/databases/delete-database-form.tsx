import { describeError } from '../../backends/describe-error'
import type { Database } from '../../backends/domain'
import { checkedNote, failureTitle } from '../../backends/http/outcome'
import { isolate } from '../../lib/bidi'
import { useEquivalentCommand } from '../../session/use-product-commands'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { CommandDisclosure } from '../../ui/command-disclosure'
import { AlertDialogCancel, DialogActions } from '../../ui/dialog'
import { TextField } from '../../ui/field'
import { AccessSummary } from './access-summary'
import styles from './databases.module.css'
import { HardDeleteField } from './hard-delete-field'
import { useDatabaseNoun } from './use-database-noun'
import type { DeleteDatabaseFormState } from './use-delete-database-form'

/**
 * The delete dialog's body: who loses access, when the data goes for good (where the console may
 * choose), the typed name that confirms, the failure if any, and Cancel / Delete database.
 */
export function DeleteDatabaseForm({
  database,
  tokensHref,
  form,
  hardDelete,
}: {
  database: Database
  tokensHref: (db: string) => string
  form: DeleteDatabaseFormState
  /** The product lets the console say when the data goes for good (`databases.hardDelete`). */
  hardDelete: boolean | undefined
}) {
  const { hardDeleteAt } = form
  const noun = useDatabaseNoun()
  const command = useEquivalentCommand((commands, context) =>
    hardDelete && hardDeleteAt === null
      ? undefined
      : commands.deleteDatabase(database.name, context, hardDelete ? (hardDeleteAt ?? undefined) : undefined),
  )
  return (
    <form className={styles.form} onSubmit={form.submit} noValidate>
      <AccessSummary database={database.name} tokensHref={tokensHref} />
      {hardDelete ? (
        <HardDeleteField value={form.hardDelete} onChange={form.changeHardDelete} error={form.hardDeleteError} />
      ) : null}
      <TextField
        label={`Type ${isolate(database.name)} to confirm`}
        value={form.typed}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => form.setTyped(event.target.value)}
      />
      {form.error ? (
        <Alert
          tone="error"
          title={failureTitle(form.error, {
            notDone: `The ${noun.one} was not deleted.`,
            unknown: `The console cannot tell whether the ${noun.one} “${isolate(database.name)}” was deleted.`,
          })}
        >
          {describeError(form.error)}
          {checkedNote(form.error, `the ${noun.one} is still there.`)}
        </Alert>
      ) : null}
      {command ? <CommandDisclosure lines={command} /> : null}
      <DialogActions>
        <AlertDialogCancel asChild>
          <Button disabled={form.pending}>Cancel</Button>
        </AlertDialogCancel>
        <Button type="submit" variant="danger" disabled={!form.confirmed || form.pending} aria-busy={form.pending || undefined}>
          {form.pending ? 'Deleting…' : `Delete ${noun.one}`}
        </Button>
      </DialogActions>
    </form>
  )
}
