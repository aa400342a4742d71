import { type ComponentProps, type ReactNode, useId } from 'react'

import { cn, idRefs } from './cn'
import styles from './field.module.css'

/**
 * A labelled text area with its hint wired up as `TextField`'s is. Its own module: the first
 * page's `field.tsx` does not carry it.
 */
export function TextAreaField({
  label,
  hint,
  id,
  className,
  ...props
}: ComponentProps<'textarea'> & { label: ReactNode; hint?: ReactNode }) {
  const generated = useId()
  const areaId = id ?? generated
  const hintId = `${areaId}-hint`
  return (
    <div data-slot="field" className={cn(styles.field, className)}>
      <label htmlFor={areaId} className={styles.label}>
        {label}
      </label>
      <textarea id={areaId} className={styles.input} aria-describedby={idRefs(hint ? hintId : null)} {...props} />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
