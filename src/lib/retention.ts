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
