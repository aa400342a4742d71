import { type ReactNode, useId, useState } from 'react'

import type { Product } from '../../../backends/domain'
import type { TokenTypeOption } from '../../../backends/product-screens'
import { Badge } from '../../../ui/badge'
import { Button } from '../../../ui/button'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import { DialogActions, DialogClose } from '../../../ui/dialog'
import { WarningIcon } from '../../../ui/icons'
import styles from './token-form.module.css'

export function TypeChooser({
  types,
  product,
  loading = false,
  onChoose,
  children,
}: {
  /** The product's token types, in the order offered. */
  types: readonly TokenTypeOption[]
  product: Product | undefined
  /** The chosen form is on its way: keep the choice, show progress. */
  loading?: boolean
  onChoose: (type: TokenTypeOption) => void
  /** Other ways to start, below the types (the product's templates). */
  children?: ReactNode
}) {
  const id = useId()
  const reasons = new Map(types.map((option) => [option.id, option.unavailable?.(product) ?? null]))
  const available = types.filter((option) => reasons.get(option.id) === null)
  // Never a full-access type by default: on a server where it is the only one, nothing is chosen.
  // The server's edition may arrive after the dialog opened: a pick it rules out is dropped.
  const [picked, setChoice] = useState<string>()
  const choice =
    picked !== undefined && reasons.get(picked) === null
      ? picked
      : available.find((option) => option.grants.kind !== 'full-access')?.id
  // The focus starts on the chosen card (or the first that can be chosen), not on the dialog's ×.
  const focused = choice ?? available[0]?.id
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault()
        const chosen = types.find((option) => option.id === choice)
        if (chosen) onChoose(chosen)
      }}
    >
      <ChoiceGroup type="radio" legend="Token type">
        <div className={styles.types}>
          {types.map((option) => {
            const reason = reasons.get(option.id) ?? null
            const fullAccess = option.grants.kind === 'full-access'
            return (
              <Choice
                key={option.id}
                className={styles.typeCard}
                value={option.id}
                checked={choice === option.id}
                disabled={reason !== null}
                autoFocus={option.id === focused}
                // The card's whole text would otherwise be the name, read again as the description.
                aria-labelledby={`${id}-${option.id}-label`}
                aria-describedby={fullAccess ? `${id}-${option.id}-tag ${id}-${option.id}` : `${id}-${option.id}`}
                onChange={() => setChoice(option.id)}
                // Enter on a card goes on with that card, whether or not it was chosen yet.
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' || reason !== null || loading) return
                  event.preventDefault()
                  setChoice(option.id)
                  onChoose(option)
                }}
              >
                <span>
                  <span className={styles.typeHead}>
                    <span id={`${id}-${option.id}-label`} className={styles.typeLabel}>
                      {option.label}
                    </span>
                    {fullAccess ? (
                      <Badge tone="warning" id={`${id}-${option.id}-tag`}>
                        <WarningIcon /> Full access
                      </Badge>
                    ) : null}
                  </span>
                  <span id={`${id}-${option.id}`} className={styles.typeExplain}>
                    {option.explain}
                    {reason !== null ? <span className={styles.typeReason}> {reason}</span> : null}
                  </span>
                </span>
              </Choice>
            )
          })}
        </div>
      </ChoiceGroup>
      {children}
      <DialogActions>
        <DialogClose asChild>
          <Button>Cancel</Button>
        </DialogClose>
        <Button type="submit" variant="primary" disabled={loading} aria-busy={loading || undefined}>
          {loading ? 'Loading…' : 'Next'}
        </Button>
      </DialogActions>
    </form>
  )
}
