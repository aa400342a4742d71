/**
 * Dialog primitives over Radix: modal, focus-trapped, titled and described for assistive
 * technology. `AlertDialog*` is for destructive confirmations (role="alertdialog", no ×, no
 * dismiss by clicking outside). How each kind of dialog closes, and when a form asks first:
 * docs/forms.md, "Closing a dialog".
 */
import * as AlertPrimitive from '@radix-ui/react-alert-dialog'
import * as DialogPrimitive from '@radix-ui/react-dialog'
import { type ComponentProps, type ReactNode, useRef } from 'react'

import { cn } from './cn'
import styles from './dialog.module.css'

/**
 * The open dialog takes the pointer from its first render. Radix sets the page's `pointer-events:
 * none` in an effect and the dialog's own `auto` one render later; in between the dialog inherited
 * `none`, and a click there (a test's, at once) was refused. A dialog under another modal is
 * still out of reach: that modal's backdrop covers it.
 */
const REACHABLE = { pointerEvents: 'auto' } as const

/**
 * Closing returns the focus to the control that opened the dialog: the Radix trigger, or the
 * element that had the focus when it opened (a dialog opened by a row's plain button has no
 * trigger). When that control is gone — the row whose delete button opened it was deleted —
 * the focus would fall to <body> and a keyboard user would start again from the top of the
 * page; it goes to the page's main landmark instead.
 */
function useFocusReturn({
  onOpenAutoFocus,
  onCloseAutoFocus,
}: {
  onOpenAutoFocus?: ((event: Event) => void) | undefined
  onCloseAutoFocus?: ((event: Event) => void) | undefined
}) {
  const opener = useRef<Element | null>(null)
  return {
    onOpenAutoFocus(event: Event) {
      opener.current = document.activeElement
      onOpenAutoFocus?.(event)
    },
    onCloseAutoFocus(event: Event) {
      onCloseAutoFocus?.(event)
      if (event.defaultPrevented || !opener.current) return
      const target =
        opener.current.isConnected && opener.current !== document.body ? opener.current : document.querySelector('main')
      if (target instanceof HTMLElement) {
        event.preventDefault()
        target.focus()
      }
    },
  }
}

export const Dialog = DialogPrimitive.Root
export const DialogTrigger = DialogPrimitive.Trigger
export const DialogClose = DialogPrimitive.Close

export function DialogContent({
  title,
  description,
  children,
  className,
  hideClose = false,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...props
}: ComponentProps<typeof DialogPrimitive.Content> & {
  title: ReactNode
  description?: ReactNode
  hideClose?: boolean
}) {
  const focusReturn = useFocusReturn({ onOpenAutoFocus, onCloseAutoFocus })
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={styles.overlay} />
      <DialogPrimitive.Content
        data-slot="dialog-content"
        className={cn(styles.content, className)}
        {...(description ? {} : { 'aria-describedby': undefined })}
        {...focusReturn}
        {...props}
        style={{ ...REACHABLE, ...props.style }}
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
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...props
}: ComponentProps<typeof AlertPrimitive.Content> & { title: ReactNode; description: ReactNode }) {
  const focusReturn = useFocusReturn({ onOpenAutoFocus, onCloseAutoFocus })
  return (
    <AlertPrimitive.Portal>
      <AlertPrimitive.Overlay className={styles.overlay} />
      <AlertPrimitive.Content
        data-slot="alert-dialog-content"
        className={cn(styles.content, className)}
        {...focusReturn}
        {...props}
        style={{ ...REACHABLE, ...props.style }}
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
  return <div data-slot="dialog-actions" className={cn(styles.actions, className)} {...props} />
}
