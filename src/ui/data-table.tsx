import type { ComponentProps } from 'react'
import styles from './data-table.module.css'

export function DataTable({ className, ...props }: ComponentProps<'table'>) {
  return <table data-slot="table" className={[styles.table, className].filter(Boolean).join(' ')} {...props} />
}

/** Monospace text for machine values: fingerprints, permission strings. */
export function Mono({ className, ...props }: ComponentProps<'span'>) {
  return <span data-slot="mono" className={[styles.mono, className].filter(Boolean).join(' ')} {...props} />
}
