/** Retention as number + unit, or Infinite; shared by create and change-retention forms. */
import { useId } from 'react'
import { RETENTION_UNITS, type RetentionUnit } from '../../lib/retention'
import { ErrorIcon } from '../../ui/icons'
import styles from './databases.module.css'

export interface RetentionState {
  infinite: boolean
  amount: string
  unit: RetentionUnit
}

export function RetentionFields({
  value,
  onChange,
  error,
}: {
  value: RetentionState
  onChange: (value: RetentionState) => void
  error: string | null
}) {
  const id = useId()
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>Retention period</legend>
      <label className={styles.choice}>
        <input
          type="radio"
          name={`${id}-mode`}
          checked={value.infinite}
          onChange={() => onChange({ ...value, infinite: true })}
        />
        Infinite: keep data until it is deleted
      </label>
      <label className={styles.choice}>
        <input
          type="radio"
          name={`${id}-mode`}
          checked={!value.infinite}
          onChange={() => onChange({ ...value, infinite: false })}
        />
        Delete data older than…
      </label>
      {value.infinite ? null : (
        <div className={styles.inline}>
          <label htmlFor={`${id}-amount`} className={styles.srOnly}>
            Retention amount
          </label>
          <input
            id={`${id}-amount`}
            inputMode="numeric"
            className={styles.amount}
            value={value.amount}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ ...value, amount: event.target.value })}
          />
          <label htmlFor={`${id}-unit`} className={styles.srOnly}>
            Retention unit
          </label>
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
      {error && !value.infinite ? (
        <p id={`${id}-error`} className={styles.error}>
          <ErrorIcon /> {error}
        </p>
      ) : null}
    </fieldset>
  )
}
