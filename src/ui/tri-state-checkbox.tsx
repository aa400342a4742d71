import type { ComponentProps } from 'react'

import { cn } from './cn'
import styles from './form.module.css'

export type TriState = 'all' | 'some' | 'none'

/**
 * A checkbox that stands for a set of others: checked when all are, mixed when some are
 * (`indeterminate` for the eye, `aria-checked="mixed"` for screen readers), clear when none.
 * What a click does is the caller's (usually: all ⇄ none). `children` is its visible text, and
 * `className` styles the label around it.
 */
export function TriStateCheckbox({
  state,
  className,
  children,
  ...props
}: Omit<ComponentProps<'input'>, 'type' | 'checked' | 'ref'> & { state: TriState }) {
  return (
    <label data-slot="tri-state-checkbox" className={cn(styles.triState, className)}>
      <input
        type="checkbox"
        checked={state === 'all'}
        ref={(element) => {
          if (element) element.indeterminate = state === 'some'
        }}
        aria-checked={state === 'some' ? 'mixed' : state === 'all'}
        {...props}
      />
      {children}
    </label>
  )
}
