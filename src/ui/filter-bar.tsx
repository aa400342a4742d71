/** The controls above a list: a labelled search box, selects, a sort direction and a pager. */
import { type ReactNode, useId } from 'react'

import { Button } from './button'
import styles from './filter-bar.module.css'

export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div data-slot="filter-bar" className={styles.bar} role="search" aria-label={label}>
      {children}
    </div>
  )
}

export function FilterSearch({
  label,
  accessibleName,
  placeholder,
  value,
  onChange,
}: {
  label: string
  accessibleName: string
  placeholder: string
  value: string
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className={styles.control}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        aria-label={accessibleName}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

export interface FilterOption {
  value: string
  label: string
}

export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: string
  options: readonly FilterOption[]
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className={styles.control}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function SortDirectionButton({ dir, onToggle }: { dir: 'asc' | 'desc'; onToggle: () => void }) {
  const words = dir === 'asc' ? 'Ascending' : 'Descending'
  return (
    <Button variant="ghost" aria-label={`Sort direction: ${words.toLowerCase()}`} onClick={onToggle}>
      <span aria-hidden="true">{dir === 'asc' ? '↑' : '↓'}</span> {words}
    </Button>
  )
}

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null
  return (
    <nav aria-label="Pages" className={styles.pager}>
      <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← Previous
      </Button>
      <span>
        Page {page} of {pages}
      </span>
      <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next →
      </Button>
    </nav>
  )
}
