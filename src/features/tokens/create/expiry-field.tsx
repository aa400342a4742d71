/**
 * Expiry for a new token: CLI presets, a custom date and time, or an explicit Never. Shows
 * the exact resulting instant; the seconds to send are computed at submit time.
 */
import { useId } from 'react'

import { EXPIRY_PRESETS, type ExpiryChoice, resolveExpiry } from '../../../lib/expiry'
import { formatRelative, formatUtcDateTime } from '../../../lib/relative-time'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import { FieldError } from '../../../ui/field-error'
import { WarningIcon } from '../../../ui/icons'
import styles from './token-form.module.css'

/** `datetime-local` works in the browser's local time. */
function toLocalInput(date: Date | null): string {
  if (!date) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

export function ExpiryField({
  value,
  onChange,
  now,
  neverWarning,
}: {
  value: ExpiryChoice
  onChange: (choice: ExpiryChoice) => void
  now: number
  neverWarning?: string
}) {
  const id = useId()
  const resolved = resolveExpiry(value, now)
  const selected = value.kind === 'preset' ? value.preset : value.kind
  const customId = `${id}-custom`
  const resultId = `${id}-result`

  return (
    <ChoiceGroup type="radio" legend="Expiry" aria-describedby={resultId}>
      <div className={styles.choices}>
        {EXPIRY_PRESETS.map((preset) => (
          <Choice
            key={preset.id}
            checked={selected === preset.id}
            onChange={() => onChange({ kind: 'preset', preset: preset.id })}
          >
            {preset.label}
          </Choice>
        ))}
        <Choice
          checked={selected === 'custom'}
          onChange={() => onChange({ kind: 'custom', at: value.kind === 'custom' ? value.at : null })}
        >
          Custom date
        </Choice>
        <Choice checked={selected === 'never'} onChange={() => onChange({ kind: 'never' })}>
          Never
        </Choice>
      </div>
      {value.kind === 'custom' ? (
        <div className={styles.inline}>
          <label htmlFor={customId}>Expires at (your local time)</label>
          <input
            id={customId}
            type="datetime-local"
            value={toLocalInput(value.at)}
            aria-invalid={!resolved.ok || undefined}
            onChange={(event) => onChange({ kind: 'custom', at: event.target.value ? new Date(event.target.value) : null })}
          />
        </div>
      ) : null}
      {/* The result, or why there is none: the group's description either way. */}
      {resolved.ok ? (
        <p id={resultId} className={styles.hint}>
          {resolved.at ? `Expires ${formatUtcDateTime(resolved.at)} (${formatRelative(resolved.at, now)}).` : 'Never expires.'}
        </p>
      ) : (
        <FieldError id={resultId}>{resolved.error}</FieldError>
      )}
      {value.kind === 'never' && neverWarning ? (
        <p className={styles.warning}>
          <WarningIcon /> {neverWarning}
        </p>
      ) : null}
    </ChoiceGroup>
  )
}
