import type { ComponentProps, ReactNode } from 'react'

import styles from './alert.module.css'
import { cn } from './cn'
import { ErrorIcon, InfoIcon, WarningIcon } from './icons'

type Tone = 'error' | 'warning' | 'info'

const ICONS: Record<Tone, () => ReactNode> = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon }

/** A message box. Errors use role="alert" so screen readers announce them at once. */
export function Alert({
  tone = 'info',
  title,
  children,
  action,
  className,
  ...props
}: Omit<ComponentProps<'div'>, 'title'> & { tone?: Tone; title: ReactNode; action?: ReactNode }) {
  return (
    <div
      data-slot="alert"
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn(styles.alert, styles[tone], className)}
      {...props}
    >
      <span className={styles.icon}>{ICONS[tone]()}</span>
      <div className={styles.body}>
        <p className={styles.title}>{title}</p>
        {children ? <div className={styles.detail}>{children}</div> : null}
      </div>
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  )
}
