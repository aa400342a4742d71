import type { ComponentProps } from 'react'

import { cn } from './cn'
import styles from './visually-hidden.module.css'

/**
 * Text for assistive technology only: a column header's name, or a label the layout has no
 * room for (wrap the `<label>` in it: out of the flow, it still names its input).
 */
export function VisuallyHidden({ className, ...props }: ComponentProps<'span'>) {
  return <span data-slot="visually-hidden" className={cn(styles.visuallyHidden, className)} {...props} />
}
