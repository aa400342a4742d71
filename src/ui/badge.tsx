import type { ComponentProps } from 'react'
import styles from './badge.module.css'

type Tone = 'neutral' | 'accent' | 'warning' | 'danger'

export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: Tone }) {
  return (
    <span data-slot="badge" className={[styles.badge, styles[tone], className].filter(Boolean).join(' ')} {...props} />
  )
}
