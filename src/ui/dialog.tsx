/**
 * Dialog primitives over Radix: modal, focus-trapped, titled and described for assistive
 * technology. `AlertDialog*` is for destructive confirmations (role="alertdialog", no dismiss
 * by clicking outside).
 */
import * as AlertPrimitive from '@radix-ui/react-alert-dialog'
import * as DialogPrimitive from '@radix-ui/react-dialog'
import type { ComponentProps, ReactNode } from 'react'
import styles from './dialog.module.css'

export const Dialog = DialogPrimitive.Root
export const DialogTrigger = DialogPrimitive.Trigger
export const DialogClose = DialogPrimitive.Close

export function DialogContent({
  title,
  description,
  children,
  className,
  hideClose = false,
  ...props
}: ComponentProps<typeof DialogPrimitive.Content> & {
  title: ReactNode
  description?: ReactNode
  hideClose?: boolean
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={styles.overlay} />
      <DialogPrimitive.Content
        data-slot="dialog-content"
        className={[styles.content, className].filter(Boolean).join(' ')}
        {...(description ? {} : { 'aria-describedby': undefined })}
        {...props}
      >
        <div className={styles.header}>
          <DialogPrimitive.Title className={styles.title}>{title}</DialogPrimitive.Title>
          {hideClose ? null : (
            <DialogPrimitive.Close className={styles.close} aria-label="Close">
              <span aria-hidden="true">×</span>
            </DialogPrimitive.Close>
          )}
        </div>
        {description ? (
          <DialogPrimitive.Description className={styles.description}>{description}</DialogPrimitive.Description>
        ) : null}
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  )
}

export const AlertDialog = AlertPrimitive.Root
export const AlertDialogTrigger = AlertPrimitive.Trigger
export const AlertDialogCancel = AlertPrimitive.Cancel

export function AlertDialogContent({
  title,
  description,
  children,
  className,
  ...props
}: ComponentProps<typeof AlertPrimitive.Content> & { title: ReactNode; description: ReactNode }) {
  return (
    <AlertPrimitive.Portal>
      <AlertPrimitive.Overlay className={styles.overlay} />
      <AlertPrimitive.Content
        data-slot="alert-dialog-content"
        className={[styles.content, className].filter(Boolean).join(' ')}
        {...props}
      >
        <div className={styles.header}>
          <AlertPrimitive.Title className={styles.title}>{title}</AlertPrimitive.Title>
        </div>
        <AlertPrimitive.Description asChild>
          <div className={styles.description}>{description}</div>
        </AlertPrimitive.Description>
        {children}
      </AlertPrimitive.Content>
    </AlertPrimitive.Portal>
  )
}

/** The button row at the bottom of a dialog: secondary actions first, the primary last. */
export function DialogActions({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="dialog-actions" className={[styles.actions, className].filter(Boolean).join(' ')} {...props} />
}
