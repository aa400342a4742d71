import type { ComponentProps } from 'react'

import { cn } from './cn'
import styles from './data-table.module.css'

export function DataTable({ className, ...props }: ComponentProps<'table'>) {
  return <table data-slot="table" className={cn(styles.table, className)} {...props} />
}

/** Monospace text for machine values: fingerprints, permission strings. */
export function Mono({ className, ...props }: ComponentProps<'span'>) {
  return <span data-slot="mono" className={cn(styles.mono, className)} {...props} />
}
