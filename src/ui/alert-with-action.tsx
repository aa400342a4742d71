/** A message with the one thing to do about it (Retry, Try again, Stop waiting). */
import type { ComponentProps, ReactNode } from 'react'

import { Alert } from './alert'
import { Button } from './button'

export function AlertWithAction({
  tone,
  title,
  actionLabel,
  onAction,
  children,
}: {
  tone: ComponentProps<typeof Alert>['tone']
  title: ReactNode
  actionLabel: string
  onAction: () => void
  children: ReactNode
}) {
  return (
    <Alert
      tone={tone}
      title={title}
      action={
        <Button variant="secondary" onClick={onAction}>
          {actionLabel}
        </Button>
      }
    >
      {children}
    </Alert>
  )
}
