import { type ReactNode, useId, useState } from 'react'

import type { Product } from '../../../backends/domain'
import type { TokenTypeOption } from '../../../backends/product-screens'
import { Button } from '../../../ui/button'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import { DialogActions, DialogClose } from '../../../ui/dialog'
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
  const [choice, setChoice] = useState(() => types.find((option) => reasons.get(option.id) === null)?.id)
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
            return (
              <Choice
                key={option.id}
                className={styles.typeCard}
                value={option.id}
                checked={choice === option.id}
                disabled={reason !== null}
                // The card's whole text would otherwise be the name, read again as the description.
                aria-labelledby={`${id}-${option.id}-label`}
                aria-describedby={`${id}-${option.id}`}
                onChange={() => setChoice(option.id)}
              >
                <span>
                  <span id={`${id}-${option.id}-label`} className={styles.typeLabel}>
                    {option.label}
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
