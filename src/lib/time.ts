/**
 * Timestamps as InfluxDB 3 writes them. `system.*` tables print timestamps without a zone
 * (`2026-06-25T10:11:12.345`) that are UTC; JavaScript would read those as local time.
 */

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i

/** Parses an ISO timestamp as UTC when it carries no zone. Returns null for anything unparsable. */
export function parseUtcTimestamp(text: string): Date | null {
  const ms = parseUtcMs(text)
  return ms === null ? null : new Date(ms)
}

/** Like parseUtcTimestamp, as milliseconds since the epoch: no object per timestamp. */
export function parseUtcMs(text: string): number | null {
  const ms = Date.parse(HAS_ZONE.test(text) ? text : `${text}Z`)
  return Number.isNaN(ms) ? null : ms
}

/** The naive UTC form `system.*` tables use: no zone, fraction only when non-zero. */
export function formatNaiveUtc(date: Date): string {
  const iso = date.toISOString() // 2026-06-25T10:11:12.345Z
  const withoutZone = iso.slice(0, -1)
  return withoutZone.endsWith('.000') ? withoutZone.slice(0, -4) : withoutZone
}

/** RFC 3339 with `Z`, sub-second digits only when non-zero (chrono's serde form). */
export function formatRfc3339(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
}
