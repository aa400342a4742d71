import type { ComponentProps } from 'react'
import { cn } from './cn'
import styles from './button.module.css'

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost'

export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return (
    <button
      data-slot="button"
      type={type}
      className={cn(styles.button, styles[variant], className)}
      {...props}
    />
  )
}
