/**
 * Token expiry choices as the CLI means them (`--expiry 7d` … `1y` = 31 557 600 s), a custom
 * date, or an explicit "never". Resolved to `expiry_secs` at the moment of sending, so no
 * choice can make a token that is already expired when it is created.
 */
import { SECONDS } from './duration'

export const EXPIRY_PRESETS = [
  { id: '7d', label: '7 days', seconds: 7 * SECONDS.day },
  { id: '30d', label: '30 days', seconds: 30 * SECONDS.day },
  { id: '90d', label: '90 days', seconds: 90 * SECONDS.day },
  { id: '1y', label: '1 year', seconds: SECONDS.year },
] as const

export type ExpiryPresetId = (typeof EXPIRY_PRESETS)[number]['id']

export type ExpiryChoice = { kind: 'preset'; preset: ExpiryPresetId } | { kind: 'custom'; at: Date | null } | { kind: 'never' }

/** A custom expiry must leave the token at least this long to live. */
export const MIN_CUSTOM_EXPIRY_SECONDS = 60
/** And no more than this (beyond it the server silently stores "never"). */
export const MAX_EXPIRY_SECONDS = 100 * SECONDS.year

export type ResolvedExpiry = { ok: true; seconds: number | null; at: Date | null } | { ok: false; error: string }

/** Seconds to send as `expiry_secs` (null = never) and the resulting instant, or why not. */
export function resolveExpiry(choice: ExpiryChoice, now: number): ResolvedExpiry {
  switch (choice.kind) {
    case 'never':
      return { ok: true, seconds: null, at: null }
    case 'preset': {
      const preset = EXPIRY_PRESETS.find((p) => p.id === choice.preset)
      if (!preset) return { ok: false, error: 'Choose an expiry.' }
      return { ok: true, seconds: preset.seconds, at: new Date(now + preset.seconds * 1000) }
    }
    case 'custom': {
      if (!choice.at || Number.isNaN(choice.at.getTime())) return { ok: false, error: 'Enter a date and time.' }
      const seconds = Math.floor((choice.at.getTime() - now) / 1000)
      if (seconds < MIN_CUSTOM_EXPIRY_SECONDS) {
        return { ok: false, error: 'The expiry must be in the future (at least a minute from now).' }
      }
      if (seconds > MAX_EXPIRY_SECONDS) {
        return { ok: false, error: 'The expiry must be within 100 years; choose Never for a token that does not expire.' }
      }
      return { ok: true, seconds, at: new Date(now + seconds * 1000) }
    }
  }
}

/**
 * What the server recorded for a new token's expiry, against what was asked. The server
 * computes `created + expiry_secs` itself, so the two agree to the second; a known server bug
 * (influxdata/influxdb#27620) records some "never" tokens as expiring at birth.
 */
export type RecordedExpiry =
  | { ok: true }
  | {
      ok: false
      problem: 'expired-at-birth' | 'expires-though-never-asked' | 'never-though-date-asked' | 'other-date'
      recordedAt: number | undefined
    }

/** Slack for the server's rounding of times to whole seconds or milliseconds. */
const RECORDED_SLACK_MS = 5_000

export function checkRecordedExpiry(
  requestedSecs: number | null,
  recorded: { createdAt: number; expiresAt: number | undefined },
): RecordedExpiry {
  const { createdAt, expiresAt } = recorded
  if (expiresAt === undefined) {
    return requestedSecs === null ? { ok: true } : { ok: false, problem: 'never-though-date-asked', recordedAt: undefined }
  }
  if (expiresAt <= createdAt + RECORDED_SLACK_MS && (requestedSecs === null || requestedSecs * 1000 > RECORDED_SLACK_MS)) {
    return { ok: false, problem: 'expired-at-birth', recordedAt: expiresAt }
  }
  if (requestedSecs === null) return { ok: false, problem: 'expires-though-never-asked', recordedAt: expiresAt }
  const expected = createdAt + requestedSecs * 1000
  return Math.abs(expiresAt - expected) <= RECORDED_SLACK_MS
    ? { ok: true }
    : { ok: false, problem: 'other-date', recordedAt: expiresAt }
}
