import { useQuery } from '@tanstack/react-query'
import { type FormEvent, type Ref, useRef, useState } from 'react'

import type { DatabaseNameRule } from '../../backends/product-screens'
import { validateDatabaseName } from '../../lib/database-name'
import { formatRetention, retentionFromInput } from '../../lib/retention'
import { databaseListQuery, useCreateDatabase } from '../../queries/database-queries'
import { useBackend, useProductScreens } from '../../session/session-context'
import { useEquivalentCommand } from '../../session/use-product-commands'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { CommandDisclosure } from '../../ui/command-disclosure'
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '../../ui/dialog'
import { type CloseGuard, useDiscardGuard } from '../../ui/discard-guard'
import { TextField } from '../../ui/field'
import { useToast } from '../../ui/toaster'
import { useErrorTiming } from '../../ui/use-error-timing'
import { serverProblem } from './create-database-problem'
import { checkLimits, type LimitInputs, type LimitKey } from './database-limits'
import styles from './databases.module.css'
import { LimitFields } from './limit-fields'
import { RetentionFields, type RetentionState, sameRetention } from './retention-fields'
import { useDatabaseNoun } from './use-database-noun'

const NO_LIMITS: LimitInputs = { maxTables: '', maxColumnsPerTable: '' }
const NO_RETENTION: RetentionState = { infinite: true, amount: '30', unit: 'd' }
const INFLUXDB3_NAMES: DatabaseNameRule = {
  hint: 'Letters, digits, “_” and “-”, starting with a letter or digit.',
  check: validateDatabaseName,
}

/** `triggerRef`: its "Create database" button, for a page that opens it from elsewhere too (an empty list). */
export function CreateDatabaseDialog({ triggerRef }: { triggerRef?: Ref<HTMLButtonElement> } = {}) {
  const { databaseLimitAdvice, databaseName = INFLUXDB3_NAMES, minRetentionSeconds } = useProductScreens()
  const noun = useDatabaseNoun()
  const backend = useBackend()
  // Products whose databases have limits take them at creation too (the management API).
  const hasLimits = backend.databases.setLimits !== undefined
  // The list the page shows: a name it holds is taken, said before anything is sent.
  const listed = useQuery({ ...databaseListQuery(backend), enabled: false }).data
  const [open, setOpen] = useState(false)
  const [typed, setName] = useState('')
  const name = typed.trim()
  const [retention, setRetention] = useState<RetentionState>(NO_RETENTION)
  const [limitInputs, setLimitInputs] = useState<LimitInputs>(NO_LIMITS)
  const errors = useErrorTiming<'name' | 'retention' | LimitKey>()
  const create = useCreateDatabase()
  const toast = useToast()
  const guard = useRef<CloseGuard | null>(null)
  const changed =
    typed !== '' ||
    !sameRetention(retention, NO_RETENTION) ||
    limitInputs.maxTables !== '' ||
    limitInputs.maxColumnsPerTable !== ''
  const discardQuestion = useDiscardGuard({
    guardRef: guard,
    changed,
    onDiscard: () => setOpen(false),
    title: `Discard this ${noun.one}?`,
    description: 'Nothing has been created yet. If you discard it, what you entered here is lost.',
  })

  const taken = listed?.some((db) => !db.deleted && db.name === name)
  const nameError =
    databaseName.check(typed) ?? (taken ? `A ${noun.one} named “${name}” already exists. Choose another name.` : null)
  const period = retention.infinite ? null : retentionFromInput(retention.amount, retention.unit, minRetentionSeconds)
  const retentionError = period && !period.ok ? period.error : null
  const limits = checkLimits(limitInputs, 'default')
  const valid = nameError === null && retentionError === null && (!hasLimits || limits.limits !== null)
  const problem = create.error ? serverProblem(create.error, name, databaseLimitAdvice, noun) : null
  const command = useEquivalentCommand((commands, context) =>
    valid
      ? commands.createDatabase(
          {
            name,
            retention: period && period.ok ? period.humantime : undefined,
            ...(hasLimits && limits.limits ? { limits: limits.limits } : {}),
          },
          context,
        )
      : undefined,
  )

  function reset() {
    setName('')
    errors.reset()
    setRetention(NO_RETENTION)
    setLimitInputs(NO_LIMITS)
    create.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (!valid || create.isPending) return
    const humantime = period && period.ok ? period.humantime : undefined
    create.mutate(
      { name, retention: humantime, ...(hasLimits && limits.limits ? { limits: limits.limits } : {}) },
      {
        onSuccess: () => {
          toast(
            `${noun.One} “${name}” created${period && period.ok ? `, keeping ${formatRetention(period.seconds)} of data` : ''}.`,
          )
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
        // Escape, × and a click outside ask before a filled form goes (docs/forms.md).
        if (!next && guard.current?.() === false) return
        if (next) reset()
        setOpen(next)
      }}
    >
      <DialogTrigger asChild>
        <Button ref={triggerRef} variant="primary">
          Create {noun.one}
        </Button>
      </DialogTrigger>
      <DialogContent title={`Create a ${noun.one}`}>
        {discardQuestion}
        <form className={styles.form} onSubmit={submit} noValidate>
          <TextField
            label={`${noun.One} name`}
            value={typed}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            hint={databaseName.hint}
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
          {hasLimits ? (
            <LimitFields
              value={limitInputs}
              hint="Leave blank for the server’s default."
              errors={{
                maxTables: errors.shown('maxTables', limits.errors.maxTables),
                maxColumnsPerTable: errors.shown('maxColumnsPerTable', limits.errors.maxColumnsPerTable),
              }}
              onChange={(value, key, text) => {
                setLimitInputs(value)
                errors.change(key, text)
              }}
            />
          ) : null}
          {command ? <CommandDisclosure lines={command} /> : null}
          {problem?.alert ? (
            <Alert tone="error" title={problem.alert.title}>
              {problem.alert.body}
            </Alert>
          ) : null}
          <DialogActions>
            <Button disabled={create.isPending} onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={!valid || create.isPending}
              aria-busy={create.isPending || undefined}
            >
              {create.isPending ? 'Creating…' : `Create ${noun.one}`}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  )
}
