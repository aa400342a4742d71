/** The form of one token type: name, what it grants (databases or the product's resources), expiry, summary, create. */
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, type RefObject, useMemo, useState } from 'react'

import type { CreatedToken } from '../../../backends/domain'
import type { TokenNaming, TokenTypeOption } from '../../../backends/product-screens'
import { type ExpiryChoice, resolveExpiry } from '../../../lib/expiry'
import type { Permission } from '../../../lib/permission'
import { typeWideResourcesQuery } from '../../../queries/resource-queries'
import { tokenListQuery } from '../../../queries/token-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { useEquivalentCommand } from '../../../session/use-product-commands'
import { Button } from '../../../ui/button'
import { CommandDisclosure } from '../../../ui/command-disclosure'
import { DialogActions } from '../../../ui/dialog'
import { type CloseGuard, useDiscardGuard } from '../../../ui/discard-guard'
import { TextField } from '../../../ui/field'
import { FieldError } from '../../../ui/field-error'
import { useErrorTiming } from '../../../ui/use-error-timing'
import { useNow } from '../../../ui/use-now'
import { CopyDraftLink } from './copy-draft-link'
import { CreateProblem } from './create-problem'
import { DatabasePermissions } from './database-permissions'
import { ExpiryField } from './expiry-field'
import { type FormSeed, type FormValues, sameFormValues } from './form-seed'
import { MoreResources } from './more-resources'
import { morePermissions, type MoreValue, NO_MORE } from './more-resources-model'
import { EMPTY_GRID, gridToPermissions, type GridValue } from './permission-grid-model'
import { NO_RESOURCES, type ResourceChoice, ResourceChoices, resourcePermissions } from './resource-choices'
import styles from './token-form.module.css'
import { NAME_NAMING, summarizeToken, validateTokenName } from './token-form-model'
import { missingGrantsMessage, useMissingGrants } from './use-missing-grants'
import { useTokenCreate } from './use-token-create'

const NEVER: ExpiryChoice = { kind: 'never' }
const NAME_FIELD: TokenNaming = {
  ...NAME_NAMING,
  hint: 'A unique name that says who or what uses the token, e.g. telegraf-sensors.',
}

/** Read in the submit handler only (not during render). */
const currentTime = () => Date.now()

export function TokenForm({
  type,
  seed,
  onBack,
  closeGuard,
  onDiscard,
  onPendingChange,
  onCreated,
}: {
  type: TokenTypeOption
  /** Values to start from (a clone's); an empty form otherwise. */
  seed?: FormSeed | undefined
  onBack: () => void
  /** Where the dialog asks whether it may close: a changed form asks the user first. */
  closeGuard?: RefObject<CloseGuard | null> | undefined
  /** The user chose to discard the form: close the dialog. */
  onDiscard?: (() => void) | undefined
  onPendingChange: (pending: boolean) => void
  /** The new token, and the expiry asked for (seconds, null for never). */
  onCreated: (created: CreatedToken, requestedExpirySecs: number | null) => void
}) {
  const backend = useBackend()
  const { naming = NAME_FIELD, databaseNoun } = useProductScreens()
  // Tokens that cannot expire here (InfluxDB 2, Cloud): no expiry to choose, none sent.
  const expires = backend.tokens.neverExpire !== true
  const tokens = useQuery(tokenListQuery(backend))
  const now = useNow(30_000)
  const create = useTokenCreate({ onCreated, onPendingChange, uniqueNames: naming.unique })
  const errors = useErrorTiming<'name'>()

  // How the form opened: leaving it unchanged loses nothing, so closing need not ask.
  const [start] = useState<FormValues>(() => ({
    name: seed?.name ?? '',
    expiry: seed?.expiry ?? { kind: 'preset', preset: '90d' },
    grid: seed?.grid ?? EMPTY_GRID,
    resources: seed?.resources ?? NO_RESOURCES,
    more: seed?.more ?? NO_MORE,
  }))
  const [name, setName] = useState(start.name)
  const [expiry, setExpiry] = useState<ExpiryChoice>(start.expiry)
  const [grid, setGrid] = useState<GridValue>(start.grid)
  const [resources, setResources] = useState<ResourceChoice>(start.resources)
  const [more, setMore] = useState<MoreValue>(start.more ?? NO_MORE)
  const discardQuestion = useDiscardGuard({
    guardRef: closeGuard,
    changed: !sameFormValues(start, { name, expiry, grid, resources, more }),
    onDiscard: onDiscard ?? onBack,
    title: 'Discard this token?',
    description: 'Nothing has been created yet. If you discard it, what you entered here is lost.',
  })
  const { grants } = type
  const moreSpec = grants.kind === 'databases' ? grants.more : undefined
  // Shared with the type-wide grid (one query): a column's "all" is every type it lists.
  const types = useQuery({ ...typeWideResourcesQuery(backend), enabled: moreSpec?.typeWide === true })

  const existing = useMemo(() => new Set(tokens.data?.map((t) => t.name)), [tokens.data])
  const nameError = validateTokenName(name, existing, naming) ?? create.nameTaken
  const permissions: Permission[] =
    grants.kind === 'databases'
      ? [...gridToPermissions(grid), ...(moreSpec ? morePermissions(more, types.data ?? []) : [])]
      : grants.kind === 'resources'
        ? resourcePermissions(grants, resources)
        : []
  const resolved = resolveExpiry(expires ? expiry : NEVER, now)
  const permissionsMissing = grants.kind !== 'full-access' && permissions.length === 0
  const missingGrants = missingGrantsMessage(useMissingGrants(permissions, grants.kind === 'databases'), databaseNoun)
  const valid = nameError === null && resolved.ok && !permissionsMissing && missingGrants === null
  const fullAccess = grants.kind === 'full-access'
  // Follows the form: shown once there is a name and something to grant.
  const command = useEquivalentCommand((commands, context) =>
    name.trim() !== '' && resolved.ok && !permissionsMissing
      ? commands.createToken({ name: name.trim(), fullAccess, permissions, expirySecs: resolved.seconds }, context)
      : undefined,
  )

  function submit(event: FormEvent) {
    event.preventDefault()
    errors.submit()
    if (!valid || create.pending) return
    // Resolve again at the moment of sending: a form left open must not create an expired token.
    const atSend = resolveExpiry(expires ? expiry : NEVER, currentTime())
    if (!atSend.ok) return
    create.send({ name: name.trim(), fullAccess, permissions, expirySecs: atSend.seconds })
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {seed?.note ? <p className={styles.note}>{seed.note}</p> : null}
      <TextField
        label={naming.required ? naming.label : `${naming.label} (optional)`}
        value={name}
        autoFocus
        autoComplete="off"
        maxLength={1000}
        hint={name.trim() === '' && naming.emptyNote ? `${naming.hint} ${naming.emptyNote}` : naming.hint}
        error={errors.shown('name', nameError)}
        onChange={(event) => {
          setName(event.target.value)
          errors.change('name', event.target.value)
          create.clearNameTaken()
        }}
      />

      {grants.kind === 'databases' ? <DatabasePermissions value={grid} onChange={setGrid} named={seed?.named} /> : null}
      <FieldError role="alert">{missingGrants}</FieldError>

      {moreSpec ? <MoreResources spec={moreSpec} value={more} onChange={setMore} /> : null}

      {grants.kind === 'resources' ? <ResourceChoices spec={grants} value={resources} onChange={setResources} /> : null}

      {expires ? (
        <ExpiryField
          value={expiry}
          onChange={setExpiry}
          now={now}
          neverWarning={grants.kind === 'full-access' ? grants.neverWarning : undefined}
        />
      ) : (
        <p className={styles.note}>
          <strong>No expiry:</strong> tokens on this server never expire. Deactivate or delete it when it is no longer needed.
          {grants.kind === 'full-access' ? ` ${grants.neverWarning}` : null}
        </p>
      )}

      {grants.kind !== 'full-access' && !backend.tokens.setPermissions ? (
        <p className={styles.note}>
          <strong>Permissions are fixed once created</strong> on this server: to change them later, create a new token (clone this
          one) and delete the old one.
        </p>
      ) : null}

      <p className={styles.summary} aria-live="polite">
        <span className={styles.summaryLabel}>Summary: </span>
        {summarizeToken(grants, name, permissions, resolved.ok ? resolved.at : null, databaseNoun)}
      </p>

      {command ? <CommandDisclosure lines={command} /> : null}

      <CopyDraftLink form={{ type, name, grid, resources, expiry }} />

      {create.error ? (
        <CreateProblem
          key={create.submittedAt}
          error={create.error}
          name={name.trim()}
          busy={create.pending}
          onRecreate={create.recreate}
          isPresent={create.isPresent}
          othersNamed={create.othersNamed}
        />
      ) : null}

      <DialogActions>
        <Button onClick={onBack} disabled={create.pending}>
          Back
        </Button>
        <Button type="submit" variant="primary" disabled={!valid || create.pending} aria-busy={create.pending || undefined}>
          {create.pending ? 'Creating…' : 'Create token'}
        </Button>
      </DialogActions>
      {discardQuestion}
    </form>
  )
}
