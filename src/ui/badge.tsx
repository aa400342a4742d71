import type { ComponentProps } from 'react'

import styles from './badge.module.css'
import { cn } from './cn'

type Tone = 'neutral' | 'accent' | 'warning' | 'danger'

export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: Tone }) {
  return <span data-slot="badge" className={cn(styles.badge, styles[tone], className)} {...props} />
}
