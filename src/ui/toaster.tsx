/**
 * Short confirmations ("Token ci deleted.") in one polite live region, so screen readers
 * announce them. Hand-written rather than a toast library: this is all the console needs, at
 * a fraction of the bytes (docs/decisions/007-toasts.md). Never pass a secret to a toast.
 */
import { createContext, type ReactNode, use, useCallback, useEffect, useRef, useState } from 'react'

import { CheckIcon, ErrorIcon } from './icons'
import styles from './toaster.module.css'

type Tone = 'success' | 'error'
interface Toast {
  id: number
  tone: Tone
  message: string
}

const ToastContext = createContext<((message: string, tone?: Tone) => void) | null>(null)

const LIFETIME_MS = 6000

export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(0)
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>())

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id))
    timers.current.delete(id)
    setToasts((current) => current.filter((t) => t.id !== id))
  }, [])

  const show = useCallback(
    (message: string, tone: Tone = 'success') => {
      const id = ++nextId.current
      setToasts((current) => [...current.slice(-2), { id, tone, message }])
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), LIFETIME_MS),
      )
    },
    [dismiss],
  )

  useEffect(() => {
    const pending = timers.current
    return () => pending.forEach(clearTimeout)
  }, [])

  return (
    <ToastContext value={show}>
      {children}
      <div className={styles.region} role="status" aria-live="polite" aria-label="Notifications">
        {toasts.map((toast) => (
          <div key={toast.id} className={`${styles.toast} ${styles[toast.tone]}`}>
            {toast.tone === 'success' ? <CheckIcon /> : <ErrorIcon />}
            <span className={styles.message}>{toast.message}</span>
            <button type="button" className={styles.dismiss} aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  )
}

export function useToast(): (message: string, tone?: Tone) => void {
  const show = use(ToastContext)
  if (!show) throw new Error('useToast must be used inside <Toaster>')
  return show
}
