/**
 * Per action (Read, Write), which databases: the ones picked in the grid, or all of them (`*`),
 * including databases created later. A choice of its own, with its meaning stated before it is
 * made; the grid's column headers only ever tick the rows shown.
 */
import { useId } from 'react'

import { capitalize, type DatabaseNoun } from '../../../lib/token-describe'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import { WarningIcon } from '../../../ui/icons'
import { type Column, COLUMN_LABELS, COLUMNS, type GridValue } from './permission-grid-model'
import styles from './token-form.module.css'

export function ColumnScope({
  value,
  noun,
  onChoose,
}: {
  value: GridValue
  noun: DatabaseNoun
  /** `all`: every database (`*`); otherwise the ones picked one by one. */
  onChoose: (column: Column, all: boolean) => void
}) {
  const id = useId()
  const Many = capitalize(noun.many)
  return (
    <div className={styles.scopes}>
      <div className={styles.scopeGroups}>
        {COLUMNS.map((column) => (
          <ChoiceGroup key={column} type="radio" legend={COLUMN_LABELS[column]} aria-describedby={`${id}-all`}>
            <Choice checked={value[column] !== '*'} onChange={() => onChoose(column, false)}>
              Specific {noun.many}
            </Choice>
            <Choice checked={value[column] === '*'} onChange={() => onChoose(column, true)}>
              All {noun.many}, including future ones (<code>*</code>)
            </Choice>
          </ChoiceGroup>
        ))}
      </div>
      <p id={`${id}-all`} className={styles.warning}>
        <WarningIcon /> {Many} created later are covered by “All” on their own: nobody grants them. Choose specific {noun.many}{' '}
        unless the token must follow every {noun.one} this server will ever have.
      </p>
    </div>
  )
}
