import { useState } from 'react'

import { Button } from './button'
import styles from './command-disclosure.module.css'
import { useCopyText } from './use-copy-text'

/** The lines that do what a dialog does, from a terminal; any may be absent. */
export interface CommandLines {
  cli?: string | undefined
  curl?: string | undefined
  note?: string | undefined
}

/**
 * A closed "Equivalent command" disclosure: the CLI line and the curl line, each in a block that
 * scrolls sideways, with a copy button that says "Copied" only when the clipboard took it.
 */
export function CommandDisclosure({ lines, cliLabel = 'CLI' }: { lines: CommandLines; cliLabel?: string }) {
  // The lines are rendered only while open: closed, the disclosure is one stop in the tab order.
  const [open, setOpen] = useState(false)
  if (lines.cli === undefined && lines.curl === undefined) return null
  return (
    <details className={styles.disclosure} data-slot="command-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.summary}>Equivalent command</summary>
      {open ? (
        <div className={styles.body}>
          {lines.cli === undefined ? null : <CommandBlock label={cliLabel} text={lines.cli} />}
          {lines.curl === undefined ? null : <CommandBlock label="curl" text={lines.curl} />}
          {lines.note === undefined ? null : <p className={styles.note}>{lines.note}</p>}
        </div>
      ) : null}
    </details>
  )
}

/** One command in a block that scrolls sideways, with its copy button (also used on its own). */
export function CommandBlock({ label, text }: { label: string; text: string }) {
  const { textRef, copy, result } = useCopyText(text)
  return (
    <div className={styles.block}>
      <span className={styles.label}>{label}</span>
      {/* Focusable so that a failed copy can select it for the keyboard shortcut. */}
      <pre ref={textRef} tabIndex={-1} className={styles.code}>
        <code>{text}</code>
      </pre>
      <div className={styles.copyRow}>
        <Button onClick={() => void copy()} aria-label={`Copy the ${label} command`}>
          Copy
        </Button>
        <span role="status">{result === null ? null : result.ok ? 'Copied to the clipboard.' : result.message}</span>
      </div>
    </div>
  )
}
