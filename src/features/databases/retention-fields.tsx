/** Retention as number + unit, or Infinite; shared by create and change-retention forms. */
import { useId } from 'react'

import { RETENTION_UNITS, type RetentionUnit } from '../../lib/retention'
import { Choice, ChoiceGroup } from '../../ui/choice-group'
import { VisuallyHidden } from '../../ui/visually-hidden'
import styles from './databases.module.css'

export interface RetentionState {
  infinite: boolean
  amount: string
  unit: RetentionUnit
}

/** The same choice, as the fields show it: the amount and unit count only for a finite period. */
export function sameRetention(a: RetentionState, b: RetentionState): boolean {
  return a.infinite === b.infinite && (a.infinite || (a.amount === b.amount && a.unit === b.unit))
}

export function RetentionFields({
  value,
  onChange,
  error,
}: {
  value: RetentionState
  onChange: (value: RetentionState) => void
  /** Shown while a period is chosen; the caller decides when (docs/forms.md). */
  error: string | undefined
}) {
  const id = useId()
  const shownError = value.infinite ? undefined : error
  return (
    <ChoiceGroup type="radio" legend="Retention period" error={shownError}>
      <Choice checked={value.infinite} onChange={() => onChange({ ...value, infinite: true })}>
        Infinite: keep data until it is deleted
      </Choice>
      <Choice checked={!value.infinite} onChange={() => onChange({ ...value, infinite: false })}>
        Delete data older than…
      </Choice>
      {value.infinite ? null : (
        <div className={styles.inline}>
          <VisuallyHidden>
            <label htmlFor={`${id}-amount`}>Retention amount</label>
          </VisuallyHidden>
          <input
            id={`${id}-amount`}
            inputMode="numeric"
            className={styles.amount}
            value={value.amount}
            aria-invalid={shownError ? true : undefined}
            onChange={(event) => onChange({ ...value, amount: event.target.value })}
          />
          <VisuallyHidden>
            <label htmlFor={`${id}-unit`}>Retention unit</label>
          </VisuallyHidden>
          <select
            id={`${id}-unit`}
            value={value.unit}
            onChange={(event) =>
              onChange({ ...value, unit: RETENTION_UNITS.find((u) => u.unit === event.target.value)?.unit ?? 'd' })
            }
          >
            {RETENTION_UNITS.map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </ChoiceGroup>
  )
}
