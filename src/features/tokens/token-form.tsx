/** The form of one token type: name, permissions (database or system), expiry, summary, create. */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react'
import { describeError } from '../../backends/describe-error'
import { isApiError } from '../../backends/http/errors'
import type { CreatedToken } from '../../backends/domain'
import { resolveExpiry, type ExpiryChoice } from '../../lib/expiry'
import type { Permission } from '../../lib/permissions'
import { databaseListQuery } from '../../queries/database-queries'
import { tokenListQuery, useCreateToken, type CreateTokenInput } from '../../queries/token-queries'
import { useBackend } from '../../session/session-context'
import { Alert } from '../../ui/alert'
import { Button } from '../../ui/button'
import { DialogActions } from '../../ui/dialog'
import { TextField } from '../../ui/field'
import { Loading } from '../../ui/loading'
import { useNow } from '../../ui/use-now'
import { CreateProblem } from './create-problem'
import { ExpiryField } from './expiry-field'
import { PermissionGrid, type GridDatabase } from './permission-grid'
import { EMPTY_GRID, gridToPermissions, type GridValue } from './permission-grid-model'
import { summarizeToken, validateTokenName, type TokenType } from './token-form-model'
import { SystemChoices, systemPermissions, type SystemChoice } from './system-choices'
import styles from './token-form.module.css'

const NEVER_WARNING =
  'An admin token that never expires stays valid until someone deletes it. If it leaks, it grants full access indefinitely.'

/** Read in the submit handler only (not during render). */
const currentTime = () => Date.now()

export function TokenForm({
  type,
  onBack,
  onPendingChange,
  onCreated,
}: {
  type: TokenType
  onBack: () => void
  onPendingChange: (pending: boolean) => void
  /** The new token, and the expiry asked for (seconds, null for never). */
  onCreated: (created: CreatedToken, requestedExpirySecs: number | null) => void
}) {
  const backend = useBackend()
  const formId = useId()
  const tokens = useQuery(tokenListQuery(backend))
  const databases = useQuery({ ...databaseListQuery(backend), enabled: type === 'database' })
  const now = useNow(30_000)

  const [name, setName] = useState('')
  const [nameTouched, setNameTouched] = useState(false)
  const [serverNameError, setServerNameError] = useState<string | null>(null)
  const [expiry, setExpiry] = useState<ExpiryChoice>({ kind: 'preset', preset: '90d' })
  const [grid, setGrid] = useState<GridValue>(EMPTY_GRID)
  const [system, setSystem] = useState<SystemChoice>({ all: false, names: new Set() })
  // What the last create sent: "delete it and create it again" repeats it exactly.
  const [sent, setSent] = useState<CreateTokenInput | null>(null)
  const create = useCreateToken({ onSecret: (created, input) => onCreated(created, input.expirySecs ?? null) })

  useEffect(() => {
    onPendingChange(create.isPending)
    // The reveal replaces this form while the mutation is still pending: report the end.
    return () => onPendingChange(false)
  }, [create.isPending, onPendingChange])

  const existing = useMemo(() => new Set(tokens.data?.map((t) => t.name)), [tokens.data])
  const gridDatabases = useMemo<GridDatabase[]>(() => {
    const live = (databases.data ?? []).filter((db) => !db.deleted)
    // The system database last: operators grant their own databases far more often.
    return [...live.filter((db) => !db.isSystem), ...live.filter((db) => db.isSystem)]
  }, [databases.data])

  const nameError = validateTokenName(name, existing) ?? serverNameError
  const permissions: Permission[] =
    type === 'database' ? gridToPermissions(grid) : type === 'system' ? systemPermissions(system) : []
  const resolved = resolveExpiry(expiry, now)
  const permissionsMissing = type !== 'admin' && permissions.length === 0
  const valid = nameError === null && resolved.ok && !permissionsMissing

  function submit(event: FormEvent) {
    event.preventDefault()
    setNameTouched(true)
    if (!valid || create.isPending) return
    // Resolve again at the moment of sending: a form left open must not create an expired token.
    const atSend = resolveExpiry(expiry, currentTime())
    if (!atSend.ok) return
    send({ name: name.trim(), fullAccess: type === 'admin', permissions, expirySecs: atSend.seconds })
  }

  function send(input: CreateTokenInput) {
    setSent(input)
    create.mutate(input, {
      onError: (error) => {
        if (isApiError(error) && error.is(409)) setServerNameError(`A token named “${input.name}” already exists.`)
      },
    })
  }

  const showNameError = (nameTouched || name !== '') && nameError !== null
  const serverError = create.error && !(isApiError(create.error) && create.error.is(409)) ? create.error : null

  return (
    <form id={formId} className={styles.form} onSubmit={submit} noValidate>
      <TextField
        label="Name"
        value={name}
        autoFocus
        autoComplete="off"
        maxLength={1000}
        hint="A unique name that says who or what uses the token, e.g. telegraf-sensors."
        error={showNameError ? nameError : undefined}
        onChange={(event) => {
          setName(event.target.value)
          setNameTouched(true)
          setServerNameError(null)
        }}
        // Not on blur: an error appearing as the focus leaves the empty field moves everything
        // below it, so the click that moved the focus (on a permission, say) would miss.
      />

      {type === 'database' ? (
        databases.isPending ? (
          <Loading label="Loading databases…" />
        ) : databases.isError ? (
          <Alert
            tone="error"
            title="Could not load the databases to choose from."
            action={<Button onClick={() => void databases.refetch()}>Retry</Button>}
          >
            {describeError(databases.error)}
          </Alert>
        ) : (
          <PermissionGrid databases={gridDatabases} value={grid} onChange={setGrid} />
        )
      ) : null}

      {type === 'system' ? <SystemChoices value={system} onChange={setSystem} /> : null}

      <ExpiryField value={expiry} onChange={setExpiry} now={now} neverWarning={type === 'admin' ? NEVER_WARNING : undefined} />

      <p className={styles.summary} aria-live="polite">
        <span className={styles.summaryLabel}>Summary: </span>
        {summarizeToken(type, name, permissions, resolved.ok ? resolved.at : null)}
      </p>

      {serverError ? (
        <CreateProblem
          key={create.submittedAt}
          error={serverError}
          name={name.trim()}
          busy={create.isPending}
          onRecreate={() => sent && send({ ...sent, replaceExisting: true })}
        />
      ) : null}

      <DialogActions>
        <Button onClick={onBack} disabled={create.isPending}>
          Back
        </Button>
        <Button type="submit" variant="primary" disabled={!valid || create.isPending} aria-busy={create.isPending || undefined}>
          {create.isPending ? 'Creating…' : 'Create token'}
        </Button>
      </DialogActions>
    </form>
  )
}
