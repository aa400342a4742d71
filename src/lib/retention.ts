/** Retention periods in words: "30 days", "Infinite". */
import { SECONDS } from './duration'

const UNITS: [number, string][] = [
  [SECONDS.year, 'year'],
  [SECONDS.month, 'month'],
  [SECONDS.week, 'week'],
  [SECONDS.day, 'day'],
  [SECONDS.hour, 'hour'],
  [SECONDS.minute, 'minute'],
  [1, 'second'],
]

/** The largest unit that divides the period exactly; seconds otherwise. */
export function formatRetention(seconds: number | undefined): string {
  if (seconds === undefined) return 'Infinite'
  for (const [size, unit] of UNITS) {
    if (seconds >= size && seconds % size === 0) {
      const amount = seconds / size
      return `${amount} ${unit}${amount === 1 ? '' : 's'}`
    }
  }
  return `${seconds} seconds`
}

/** The units a form offers, in the server's humantime letters (`m` is minutes, `M` months). */
export const RETENTION_UNITS = [
  { unit: 's', label: 'seconds', seconds: 1 },
  { unit: 'm', label: 'minutes', seconds: SECONDS.minute },
  { unit: 'h', label: 'hours', seconds: SECONDS.hour },
  { unit: 'd', label: 'days', seconds: SECONDS.day },
  { unit: 'w', label: 'weeks', seconds: SECONDS.week },
  { unit: 'M', label: 'months', seconds: SECONDS.month },
  { unit: 'y', label: 'years', seconds: SECONDS.year },
] as const

export type RetentionUnit = (typeof RETENTION_UNITS)[number]['unit']

export type RetentionInput = { ok: true; humantime: string; seconds: number } | { ok: false; error: string }

/**
 * A number and a unit from a form, as the humantime string the server takes ("30d"); `minSeconds`
 * is the server's shortest period, where it has one (InfluxDB 2: an hour).
 */
export function retentionFromInput(amount: string, unit: RetentionUnit, minSeconds = 1): RetentionInput {
  const text = amount.trim()
  if (text === '') return { ok: false, error: 'Enter how long to keep data.' }
  if (!/^\d+$/.test(text)) return { ok: false, error: 'Enter a whole number, such as 30.' }
  const value = Number(text)
  if (value < 1) return { ok: false, error: 'The retention period must be at least 1.' }
  const size = RETENTION_UNITS.find((u) => u.unit === unit)?.seconds ?? SECONDS.day
  if (value * size > 1000 * SECONDS.year) return { ok: false, error: 'That is more than 1000 years; choose Infinite instead.' }
  if (value * size < minSeconds)
    return { ok: false, error: `The server’s shortest retention period is ${formatRetention(minSeconds)}.` }
  return { ok: true, humantime: `${value}${unit}`, seconds: value * size }
}

/**
 * The form fields that show an existing retention period: the largest exact unit, so opening a
 * form shows the period as it is (seconds at worst), never a rounded one that would read as a
 * change nobody made.
 */
export function retentionToInput(seconds: number | undefined): { amount: string; unit: RetentionUnit } {
  if (seconds === undefined) return { amount: '30', unit: 'd' }
  const whole = Math.max(1, Math.round(seconds))
  for (const { unit, seconds: size } of [...RETENTION_UNITS].reverse()) {
    if (whole >= size && whole % size === 0) return { amount: String(whole / size), unit }
  }
  return { amount: String(whole), unit: 's' }
}
