/**
 * A group of radio buttons or checkboxes: a fieldset named by its legend, with an optional hint
 * and error wired to it through `aria-describedby`, as `TextField` does for one input.
 *
 *   <ChoiceGroup type="radio" legend="Retention period" error={error}>
 *     <Choice checked={infinite} onChange={…}>Infinite</Choice>
 *     <Choice checked={!infinite} onChange={…}>Delete data older than…</Choice>
 *   </ChoiceGroup>
 *
 * The radios of a group share a generated `name`. An input a choice reveals (an amount, a date)
 * sets its own `aria-invalid`: the group cannot tell which of its inputs the error is about.
 */
import { type ComponentProps, createContext, type ReactNode, use, useId } from 'react'

import { cn, idRefs } from './cn'
import { FieldError } from './field-error'
import styles from './form.module.css'

interface Group {
  type: 'radio' | 'checkbox'
  name: string
}

const GroupContext = createContext<Group | null>(null)

export function ChoiceGroup({
  type,
  legend,
  hint,
  error,
  className,
  children,
  'aria-describedby': describedBy,
  ...props
}: ComponentProps<'fieldset'> & {
  type: 'radio' | 'checkbox'
  legend: ReactNode
  hint?: ReactNode
  error?: ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <fieldset
      data-slot="choice-group"
      className={cn(styles.fieldset, className)}
      aria-describedby={idRefs(describedBy, hint ? hintId : null, error ? errorId : null)}
      {...props}
    >
      <legend data-slot="choice-group-legend" className={styles.legend}>
        {legend}
      </legend>
      <GroupContext value={{ type, name: `${id}-choice` }}>{children}</GroupContext>
      {hint ? (
        <p id={hintId} data-slot="choice-group-hint" className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  )
}

/**
 * One choice of a `ChoiceGroup`: the input inside its label, so the label's text names it.
 * The input's props go to the input; `className` styles the label (a card, say).
 */
export function Choice({ className, children, ...props }: Omit<ComponentProps<'input'>, 'type' | 'name'>) {
  const group = use(GroupContext)
  if (!group) throw new Error('<Choice> must be inside a <ChoiceGroup>')
  return (
    <label data-slot="choice" className={cn(styles.choice, className)}>
      <input type={group.type} name={group.type === 'radio' ? group.name : undefined} {...props} />
      {children}
    </label>
  )
}
