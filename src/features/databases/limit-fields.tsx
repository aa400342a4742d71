/** A database's limits as two number fields; shared by the create and the change dialogs. */
import { TextField } from '../../ui/field'
import { LIMIT_KEYS, LIMIT_LABELS, type LimitInputs, type LimitKey } from './database-limits'
import styles from './databases.module.css'

export function LimitFields({
  value,
  onChange,
  errors,
  hint,
}: {
  value: LimitInputs
  /** The field changed and the text it now holds (for the error timing, docs/forms.md). */
  onChange: (value: LimitInputs, key: LimitKey, text: string) => void
  /** Each field's error, as the caller shows it. */
  errors: Record<LimitKey, string | undefined>
  hint?: string | undefined
}) {
  return (
    <div className={styles.limits}>
      {LIMIT_KEYS.map((key) => (
        <TextField
          key={key}
          label={LIMIT_LABELS[key]}
          inputMode="numeric"
          autoComplete="off"
          value={value[key]}
          hint={hint}
          error={errors[key]}
          onChange={(event) => onChange({ ...value, [key]: event.target.value }, key, event.target.value)}
        />
      ))}
    </div>
  )
}
