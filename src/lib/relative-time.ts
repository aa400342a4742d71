/** "in 3 days", "5 hours ago": the largest unit that fits, rounded to the nearest whole one. */

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** `date` as a Date or as milliseconds since the epoch. */
export function formatRelative(date: Date | number, now: number): string {
  const diff = +date - now
  for (const [unit, size] of STEPS) {
    if (Math.abs(diff) >= size) return rtf.format(Math.round(diff / size), unit)
  }
  return diff >= 0 ? 'in less than a minute' : 'just now'
}

const utcDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' })
const utcDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'medium',
  timeStyle: 'medium',
})

/** 2026-05-01 (UTC). */
export function formatUtcDate(date: Date | number): string {
  return utcDate.format(date)
}

/** 1 May 2026, 10:11:12 UTC. */
export function formatUtcDateTime(date: Date | number): string {
  return `${utcDateTime.format(date)} UTC`
}
