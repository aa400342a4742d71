import type { ComponentProps } from 'react'

import styles from './badge.module.css'
import { cn } from './cn'

/**
 * `neutral`, `accent`, `warning`, `danger`: states. The privilege tones colour a token's kind
 * (docs/design.md); the badge's text always names it too, so colour is never the only signal.
 */
export type BadgeTone =
  'neutral' | 'accent' | 'warning' | 'danger' | 'operator' | 'full-access' | 'database' | 'system' | 'revoked'

export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: BadgeTone | undefined }) {
  return <span data-slot="badge" className={cn(styles.badge, styles[tone], className)} {...props} />
}
