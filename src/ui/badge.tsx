import type { ComponentProps } from 'react'
import { cn } from './cn'
import styles from './badge.module.css'

type Tone = 'neutral' | 'accent' | 'warning' | 'danger'

export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: Tone }) {
  return (
    <span data-slot="badge" className={cn(styles.badge, styles[tone], className)} {...props} />
  )
}
