import { type ComponentProps, type ReactNode, useId } from 'react'

import { cn, idRefs } from './cn'
import styles from './field.module.css'
import { FieldError } from './field-error'

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
  return (
    <div data-slot="field" className={cn(styles.field, className)}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      <input
        id={inputId}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={idRefs(hint ? hintId : null, error ? errorId : null)}
        {...props}
      />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  )
}
