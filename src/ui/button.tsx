import type { ComponentProps } from 'react'

import styles from './button.module.css'
import { cn } from './cn'

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost'

export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return <button data-slot="button" type={type} className={cn(styles.button, styles[variant], className)} {...props} />
}
