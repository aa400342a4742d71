import type { CommandStep } from '../../backends/product-guides'
import { Button } from '../../ui/button'
import { CheckIcon, WarningIcon } from '../../ui/icons'
import { useCopyText } from '../../ui/use-copy-text'
import styles from './admin-token.module.css'
import { InlineCode } from './inline-code'

/** A runbook: numbered steps, each with its command or file text and a copy button. */
export function CommandSteps({ label, steps }: { label: string; steps: readonly CommandStep[] }) {
  return (
    <ol className={styles.steps} aria-label={label}>
      {steps.map((step) => (
        <li key={step.id} className={styles.step}>
          <h3 className={styles.stepTitle}>{step.title}</h3>
          <p className={styles.explain}>
            <InlineCode text={step.explain} />
          </p>
          <CommandBlock title={step.title} text={step.text} />
        </li>
      ))}
    </ol>
  )
}

function CommandBlock({ title, text }: { title: string; text: string }) {
  const { textRef, copy, result } = useCopyText(text)
  return (
    <div className={styles.command}>
      {/* Focusable so that a failed copy can select it for the keyboard shortcut. */}
      <pre ref={textRef} tabIndex={-1} className={styles.code}>
        {text}
      </pre>
      <div className={styles.copyRow}>
        <Button onClick={() => void copy()} aria-label={`Copy “${title}”`}>
          Copy
        </Button>
        <span role="status" className={styles.copyStatus}>
          {result === null ? null : result.ok ? (
            <span className={styles.ok}>
              <CheckIcon /> Copied to the clipboard.
            </span>
          ) : (
            <span className={styles.failed}>
              <WarningIcon /> {result.message}
            </span>
          )}
        </span>
      </div>
    </div>
  )
}
