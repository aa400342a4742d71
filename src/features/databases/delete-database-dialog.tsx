/**
 * Delete a database: who loses access (tokens naming it, wildcard and admin tokens), when the
 * data goes for good where the product lets the console choose, and a confirmation that
 * requires typing the database's name.
 */
import type { Database } from '../../backends/domain'
import { isolate } from '../../lib/bidi'
import { useBackend } from '../../session/session-context'
import { Button } from '../../ui/button'
import { AlertDialog, AlertDialogContent, AlertDialogTrigger } from '../../ui/dialog'
import { TrashIcon } from '../../ui/icons'
import { FoldedText } from '../../ui/row-actions'
import { DeleteDatabaseForm } from './delete-database-form'
import { useDatabaseNoun } from './use-database-noun'
import { useDeleteDatabaseForm } from './use-delete-database-form'

export function DeleteDatabaseDialog({ database, tokensHref }: { database: Database; tokensHref: (db: string) => string }) {
  const form = useDeleteDatabaseForm(database)
  const { hardDelete } = useBackend().databases
  const noun = useDatabaseNoun()
  return (
    <AlertDialog open={form.open} onOpenChange={form.openChange}>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" aria-label={`Delete ${noun.one} ${database.name}`}>
          <TrashIcon />
          <FoldedText>Delete</FoldedText>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        title={`Delete ${noun.one} “${isolate(database.name)}”?`}
        description={
          <p>
            Writes and queries to <strong>{isolate(database.name)}</strong> stop at once.{' '}
            {hardDelete
              ? 'The server keeps its data until the hard-delete time you choose below.'
              : 'When its data is removed for good is up to the server: the console cannot choose it.'}
          </p>
        }
      >
        <DeleteDatabaseForm database={database} tokensHref={tokensHref} form={form} hardDelete={hardDelete} />
      </AlertDialogContent>
    </AlertDialog>
  )
}
