/**
 * Expiry for a new token: CLI presets, a custom date and time, or an explicit Never. Shows
 * the exact resulting instant; the seconds to send are computed at submit time.
 */
import { useId } from 'react'
import { EXPIRY_PRESETS, resolveExpiry, type ExpiryChoice } from '../../lib/expiry'
import { formatRelative, formatUtcDateTime } from '../../lib/relative-time'
import styles from './token-form.module.css'
import { ErrorIcon, WarningIcon } from '../../ui/icons'

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
    <fieldset className={styles.fieldset} aria-describedby={resultId}>
      <legend className={styles.legend}>Expiry</legend>
      <div className={styles.choices}>
        {EXPIRY_PRESETS.map((preset) => (
          <label key={preset.id} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-expiry`}
              checked={selected === preset.id}
              onChange={() => onChange({ kind: 'preset', preset: preset.id })}
            />
            {preset.label}
          </label>
        ))}
        <label className={styles.choice}>
          <input
            type="radio"
            name={`${id}-expiry`}
            checked={selected === 'custom'}
            onChange={() => onChange({ kind: 'custom', at: value.kind === 'custom' ? value.at : null })}
          />
          Custom date
        </label>
        <label className={styles.choice}>
          <input
            type="radio"
            name={`${id}-expiry`}
            checked={selected === 'never'}
            onChange={() => onChange({ kind: 'never' })}
          />
          Never
        </label>
      </div>
      {value.kind === 'custom' ? (
        <div className={styles.inline}>
          <label htmlFor={customId}>Expires at (your local time)</label>
          <input
            id={customId}
            type="datetime-local"
            value={toLocalInput(value.at)}
            aria-invalid={!resolved.ok || undefined}
            onChange={(event) =>
              onChange({ kind: 'custom', at: event.target.value ? new Date(event.target.value) : null })
            }
          />
        </div>
      ) : null}
      <p id={resultId} className={resolved.ok ? styles.hint : styles.error}>
        {!resolved.ok ? (
          <>
            <ErrorIcon />{' '}
            {resolved.error}
          </>
        ) : resolved.at ? (
          `Expires ${formatUtcDateTime(resolved.at)} (${formatRelative(resolved.at, now)}).`
        ) : (
          'Never expires.'
        )}
      </p>
      {value.kind === 'never' && neverWarning ? (
        <p className={styles.warning}>
          <WarningIcon />{' '}
          {neverWarning}
        </p>
      ) : null}
    </fieldset>
  )
}
