import { type FormEvent, useState } from 'react'

import { describeError } from '../../backends/describe-error'
import { isApiError } from '../../backends/http/errors'
import { isOutcomeError } from '../../backends/http/outcome'
import { validateDatabaseName } from '../../lib/database-name'
import { formatRetention, retentionFromInput } from '../../lib/retention'
import { useCreateDatabase } from '../../queries/database-queries'
import { useProductScreens } from '../../session/session-context'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { Dialog, DialogActions, DialogClose, DialogContent, DialogTrigger } from '../../ui/dialog'
import { TextField } from '../../ui/field'
import { useToast } from '../../ui/toaster'
import { useErrorTiming } from '../../ui/use-error-timing'
import styles from './databases.module.css'
import { RetentionFields, type RetentionState } from './retention-fields'

/** What to do about the server's refusals that a form cannot foresee. */
function serverProblem(
  error: unknown,
  name: string,
  limitAdvice: string | undefined,
): { field?: string; alert?: { title: string; body: string } } {
  if (isApiError(error) && error.is(409)) {
    return { field: `A database named “${name}” already exists. Choose another name.` }
  }
  if (isApiError(error) && error.is(422)) {
    return {
      alert: {
        title: 'The server’s database limit is reached.',
        body: `${error.message}. ${limitAdvice ?? 'Delete a database you no longer need first.'}`,
      },
    }
  }
  if (isApiError(error) && error.is(400)) return { field: error.message }
  if (isOutcomeError(error) && error.outcome === 'not-done') {
    return {
      alert: {
        title: 'The database was not created.',
        body: `${describeError(error)} The console checked: the server has no database named “${name}”, so nothing was changed. Try again.`,
      },
    }
  }
  if (isOutcomeError(error)) {
    return {
      alert: {
        title: `The console cannot tell whether the database “${name}” was created.`,
        body: `${describeError(error)} Look for “${name}” in the list once the server answers, before trying again.`,
      },
    }
  }
  return { alert: { title: 'The database was not created.', body: describeError(error) } }
}

export function CreateDatabaseDialog() {
  const { databaseLimitAdvice } = useProductScreens()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [retention, setRetention] = useState<RetentionState>({ infinite: true, amount: '30', unit: 'd' })
  const errors = useErrorTiming<'name' | 'retention'>()
  const create = useCreateDatabase()
  const toast = useToast()

  const nameError = validateDatabaseName(name)
  const period = retention.infinite ? null : retentionFromInput(retention.amount, retention.unit)
  const retentionError = period && !period.ok ? period.error : null
  const valid = nameError === null && retentionError === null
  const problem = create.error ? serverProblem(create.error, name, databaseLimitAdvice) : null

  function reset() {
    setName('')
    errors.reset()
    setRetention({ infinite: true, amount: '30', unit: 'd' })
    create.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (!valid || create.isPending) return
    const humantime = period && period.ok ? period.humantime : undefined
    create.mutate(
      { name, retention: humantime },
      {
        onSuccess: () => {
          toast(`Database “${name}” created${period && period.ok ? `, keeping ${formatRetention(period.seconds)} of data` : ''}.`)
          setOpen(false)
          reset()
        },
      },
    )
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (create.isPending) return
        if (next) reset()
        setOpen(next)
      }}
    >
      <DialogTrigger asChild>
        <Button variant="primary">Create database</Button>
      </DialogTrigger>
      <DialogContent title="Create a database">
        <form className={styles.form} onSubmit={submit} noValidate>
          <TextField
            label="Database name"
            value={name}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            hint="Letters, digits, “_” and “-”, starting with a letter or digit."
            error={errors.shown('name', nameError) ?? problem?.field}
            onChange={(event) => {
              setName(event.target.value)
              errors.change('name', event.target.value)
              if (create.error) create.reset()
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
          {problem?.alert ? (
            <Alert tone="error" title={problem.alert.title}>
              {problem.alert.body}
            </Alert>
          ) : null}
          <DialogActions>
            <DialogClose asChild>
              <Button disabled={create.isPending}>Cancel</Button>
            </DialogClose>
            <Button
              type="submit"
              variant="primary"
              disabled={!valid || create.isPending}
              aria-busy={create.isPending || undefined}
            >
              {create.isPending ? 'Creating…' : 'Create database'}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  )
}
