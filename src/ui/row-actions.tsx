/**
 * A list row's actions. In a table row they sit side by side; on a phone, where the rows are
 * stacked cards (below `NARROW`), they fold behind one "Actions" button per card, which shows them
 * under it (a disclosure: each action is the same control, under the same name, as on a desktop).
 * The folded actions stay mounted while hidden, so a dialog one of them opened stays open, and
 * Escape inside them folds them again with the focus back on the button.
 */
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react'

import { Button } from './button'
import styles from './row-actions.module.css'
import { NARROW, useMediaQuery } from './use-media-query'

/** `name` completes "Actions for …" ("token etl"); `className` lays the actions out in a table row. */
export function RowActions({ name, className, children }: { name: string; className?: string; children: ReactNode }) {
  const narrow = useMediaQuery(NARROW)
  const [open, setOpen] = useState(false)
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Only from the actions themselves: a key in a dialog they opened (a portal) is the dialog's.
    if (event.key !== 'Escape' || !event.currentTarget.contains(event.target as Node)) return
    event.stopPropagation()
    setOpen(false)
    button.current?.focus()
  }

  // One tree in both layouts, so crossing the breakpoint (a phone turned sideways) keeps the
  // actions mounted, and with them a dialog one of them has open and what was typed in it.
  return (
    <span className={narrow ? styles.folded : (className ?? styles.inline)}>
      {narrow ? (
        <Button
          ref={button}
          variant="ghost"
          aria-expanded={open}
          aria-controls={id}
          aria-label={`Actions for ${name}`}
          onClick={() => setOpen((was) => !was)}
        >
          Actions <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </Button>
      ) : null}
      <span
        id={id}
        role={narrow ? 'group' : undefined}
        aria-label={narrow ? `Actions for ${name}` : undefined}
        className={narrow ? styles.panel : styles.contents}
        hidden={narrow && !open}
        onKeyDown={narrow ? onKeyDown : undefined}
      >
        {children}
      </span>
    </span>
  )
}

/** Words beside an icon-only action ("Delete" by the trash), shown only where the actions are folded. */
export function FoldedText({ children }: { children: ReactNode }) {
  return <span className={styles.foldedText}>{children}</span>
}
