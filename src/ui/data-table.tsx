import type { ComponentProps } from 'react'

import { cn } from './cn'
import styles from './data-table.module.css'

/**
 * A table that never widens the page: wide, it scrolls sideways inside its own box; on a narrow
 * screen each row becomes a card, its cells labelled by their `data-label` (the column's name),
 * while the markup, and so what a screen reader hears, stays a table.
 */
export function DataTable({ className, ...props }: ComponentProps<'table'>) {
  return (
    <div data-slot="table-scroll" className={styles.scroll}>
      <table data-slot="table" className={cn(styles.table, className)} {...props} />
    </div>
  )
}

/** Monospace text for machine values: fingerprints, permission strings. */
export function Mono({ className, ...props }: ComponentProps<'span'>) {
  return <span data-slot="mono" className={cn(styles.mono, className)} {...props} />
}
