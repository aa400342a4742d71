import { useId, type ComponentProps, type ReactNode } from 'react'
import styles from './field.module.css'
import { ErrorIcon } from './icons'

/**
 * A labelled input with hint and error text wired up for assistive technology:
 * label ↔ input, `aria-invalid`, and hint/error through `aria-describedby`.
 */
export function TextField({
  label,
  hint,
  error,
  id,
  className,
  ...props
}: ComponentProps<'input'> & { label: ReactNode; hint?: ReactNode; error?: ReactNode }) {
  const generated = useId()
  const inputId = id ?? generated
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div data-slot="field" className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      <input
        id={inputId}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...props}
      />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={styles.error}>
          <ErrorIcon />{' '}
          {error}
        </p>
      ) : null}
    </div>
  )
}
