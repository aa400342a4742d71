import type { ComponentProps } from 'react'

import { cn } from './cn'
import styles from './form.module.css'
import { ErrorIcon } from './icons'

/**
 * Why a field's value cannot be used, with the error icon (status is never colour alone).
 * Give it an `id` and point the field's `aria-describedby` at it; `TextField` and `ChoiceGroup`
 * do that themselves.
 */
export function FieldError({ className, children, ...props }: ComponentProps<'p'>) {
  if (!children) return null
  return (
    <p data-slot="field-error" className={cn(styles.error, className)} {...props}>
      <ErrorIcon /> {children}
    </p>
  )
}
