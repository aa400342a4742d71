/** When a deleted database's data goes for good: the server's grace period, now, never, or a date. */
import type { HardDelete } from '../../backends/domain'
import { Choice, ChoiceGroup } from '../../ui/choice-group'
import { TextField } from '../../ui/field'

type HardDeleteChoice = 'default' | 'now' | 'never' | 'date'

export interface HardDeleteDraft {
  choice: HardDeleteChoice
  /** The `datetime-local` value, in the browser's time zone; read for `date` only. */
  date: string
}

export const DEFAULT_HARD_DELETE: HardDeleteDraft = { choice: 'default', date: '' }

const OPTIONS: { value: HardDeleteChoice; label: string }[] = [
  { value: 'default', label: 'After the server’s grace period (72 hours unless configured otherwise)' },
  { value: 'now', label: 'Now: remove the data at once — it cannot be recovered' },
  { value: 'never', label: 'Never: keep the data on disk, only hide the database' },
  { value: 'date', label: 'At a date and time' },
]

/** What to send for the draft at `now` (epoch ms), or why it cannot be sent. */
export function resolveHardDelete(
  draft: HardDeleteDraft,
  now: number,
): { ok: true; value: HardDelete } | { ok: false; error: string } {
  if (draft.choice !== 'date') return { ok: true, value: draft.choice }
  const at = new Date(draft.date)
  if (!draft.date || Number.isNaN(at.getTime())) return { ok: false, error: 'Enter a date and time.' }
  if (at.getTime() <= now) return { ok: false, error: 'Choose a time in the future, or choose “Now”.' }
  return { ok: true, value: at }
}

export function HardDeleteField({
  value,
  onChange,
  error,
}: {
  value: HardDeleteDraft
  onChange: (value: HardDeleteDraft) => void
  /** Shown on the date field. */
  error: string | undefined
}) {
  return (
    <ChoiceGroup type="radio" legend="Remove the data for good">
      {OPTIONS.map((option) => (
        <Choice
          key={option.value}
          checked={value.choice === option.value}
          onChange={() => onChange({ ...value, choice: option.value })}
        >
          {option.label}
        </Choice>
      ))}
      {value.choice === 'date' ? (
        <TextField
          label="Hard-delete at (your local time)"
          type="datetime-local"
          value={value.date}
          error={error}
          onChange={(event) => onChange({ ...value, date: event.target.value })}
        />
      ) : null}
    </ChoiceGroup>
  )
}
