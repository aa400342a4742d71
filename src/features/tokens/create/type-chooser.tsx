import { useId, useState } from 'react'
import type { Product } from '../../../backends/domain'
import { Button } from '../../../ui/button'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import { DialogActions, DialogClose } from '../../../ui/dialog'
import type { TokenType } from './token-form-model'
import styles from './token-form.module.css'

const TYPES: { type: TokenType; label: string; explain: string; resource: boolean }[] = [
  {
    type: 'admin',
    label: 'Admin token',
    explain: 'Full access: every database, every token, the server itself. For operators and automation that manages the server.',
    resource: false,
  },
  {
    type: 'database',
    label: 'Database token',
    explain: 'Read and/or write chosen databases, or all of them. For Telegraf, Grafana, scripts and apps.',
    resource: true,
  },
  {
    type: 'system',
    label: 'System token',
    explain: 'Read the health, metrics and ping endpoints only. For monitoring and load balancers.',
    resource: true,
  },
]

export const CORE_REASON = 'Resource tokens need InfluxDB 3 Enterprise; this server runs InfluxDB 3 Core, where every token is an admin token.'

export function TypeChooser({
  product,
  loading = false,
  onChoose,
}: {
  product: Product | undefined
  /** The chosen form is on its way: keep the choice, show progress. */
  loading?: boolean
  onChoose: (type: TokenType) => void
}) {
  const id = useId()
  const [choice, setChoice] = useState<TokenType>('admin')
  const core = product === 'core'
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault()
        onChoose(choice)
      }}
    >
      <ChoiceGroup type="radio" legend="Token type">
        <div className={styles.types}>
          {TYPES.map((option) => {
            const disabled = core && option.resource
            return (
              <Choice
                key={option.type}
                className={styles.typeCard}
                value={option.type}
                checked={choice === option.type}
                disabled={disabled}
                // The card's whole text would otherwise be the name, read again as the description.
                aria-labelledby={`${id}-${option.type}-label`}
                aria-describedby={`${id}-${option.type}`}
                onChange={() => setChoice(option.type)}
              >
                <span>
                  <span id={`${id}-${option.type}-label`} className={styles.typeLabel}>
                    {option.label}
                  </span>
                  <span id={`${id}-${option.type}`} className={styles.typeExplain}>
                    {option.explain}
                    {disabled ? <span className={styles.typeReason}> {CORE_REASON}</span> : null}
                  </span>
                </span>
              </Choice>
            )
          })}
        </div>
      </ChoiceGroup>
      <DialogActions>
        <DialogClose asChild>
          <Button>Cancel</Button>
        </DialogClose>
        <Button type="submit" variant="primary" disabled={loading} aria-busy={loading || undefined}>
          {loading ? 'Loading…' : 'Next'}
        </Button>
      </DialogActions>
    </form>
  )
}
