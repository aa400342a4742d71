/**
 * Durations in the `humantime` grammar the `influxdb3` CLI and server use
 * (`--expiry 7d`, `retention_period: "30d"`). Note the CLI's meanings: `m` is minutes,
 * `M` is a month of 30.44 days (2 630 016 s) and `y` a year of 365.25 days (31 557 600 s).
 */

const UNIT_SECONDS: Record<string, number> = {
  ns: 1e-9,
  nsec: 1e-9,
  us: 1e-6,
  usec: 1e-6,
  ms: 1e-3,
  msec: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
  week: 604_800,
  weeks: 604_800,
  M: 2_630_016,
  month: 2_630_016,
  months: 2_630_016,
  y: 31_557_600,
  year: 31_557_600,
  years: 31_557_600,
}

export const SECONDS = { minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_630_016, year: 31_557_600 }

/** Parses `1y 2M`, `30d`, `12h` into seconds; null when the text is not a humantime duration. */
export function parseHumantime(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const pattern = /(\d+)\s*([a-zA-Z]+)/g
  let total = 0
  let consumed = ''
  for (const match of trimmed.matchAll(pattern)) {
    const [whole, amount = '', unit = ''] = match
    const factor = UNIT_SECONDS[unit] ?? UNIT_SECONDS[unit.toLowerCase()]
    if (factor === undefined) return null
    total += Number(amount) * factor
    consumed += whole
  }
  if (consumed.replace(/\s+/g, '') !== trimmed.replace(/\s+/g, '')) return null
  return total
}

/** Formats whole seconds in humantime, largest units first: 90061 → "1d 1h 1m 1s". */
export function formatHumantime(totalSeconds: number): string {
  const units: [string, number][] = [
    ['y', SECONDS.year],
    ['M', SECONDS.month],
    ['w', SECONDS.week],
    ['d', SECONDS.day],
    ['h', SECONDS.hour],
    ['m', SECONDS.minute],
    ['s', 1],
  ]
  let rest = Math.round(totalSeconds)
  const parts: string[] = []
  for (const [unit, size] of units) {
    const amount = Math.floor(rest / size)
    if (amount > 0) {
      parts.push(`${amount}${unit}`)
      rest -= amount * size
    }
  }
  return parts.length ? parts.join(' ') : '0s'
}
