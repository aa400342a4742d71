/**
 * A database's limits as a form reads and checks them (the management API's `maxTables` and
 * `maxColumnsPerTable`, each at least 1), and the words for a database's settings.
 */
import type { Database, DatabaseLimits } from '../../backends/domain'
import type { DatabaseChange } from '../../backends/port'
import { formatRetention } from '../../lib/retention'

export type LimitKey = keyof DatabaseLimits
export const LIMIT_KEYS: readonly LimitKey[] = ['maxTables', 'maxColumnsPerTable']
export const LIMIT_LABELS: Record<LimitKey, string> = { maxTables: 'Max tables', maxColumnsPerTable: 'Max columns per table' }

/** The fields as typed. */
export type LimitInputs = Record<LimitKey, string>

export type LimitCheck = { ok: true; value: number | undefined } | { ok: false; error: string }

/**
 * A limit as typed: a whole number of at least 1. Blank is the server's default when creating
 * (`blank: 'default'`), and an error where the field shows a value to change (`'required'`).
 */
export function limitFromInput(text: string, blank: 'default' | 'required'): LimitCheck {
  const trimmed = text.trim()
  if (trimmed === '') {
    return blank === 'default' ? { ok: true, value: undefined } : { ok: false, error: 'Enter a whole number of at least 1.' }
  }
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'Enter a whole number, such as 500.' }
  const value = Number(trimmed)
  if (value < 1) return { ok: false, error: 'A limit must be at least 1.' }
  // Past this a JSON number no longer holds every whole number: the server would read another one.
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'That number is too large.' }
  return { ok: true, value }
}

export interface CheckedLimits {
  /** The limits typed (blank ones left out), or null while any is invalid. */
  limits: Partial<DatabaseLimits> | null
  errors: Record<LimitKey, string | null>
}

export function checkLimits(inputs: LimitInputs, blank: 'default' | 'required'): CheckedLimits {
  const limits: Partial<DatabaseLimits> = {}
  const errors: Record<LimitKey, string | null> = { maxTables: null, maxColumnsPerTable: null }
  let valid = true
  for (const key of LIMIT_KEYS) {
    const check = limitFromInput(inputs[key], blank)
    if (!check.ok) {
      errors[key] = check.error
      valid = false
    } else if (check.value !== undefined) {
      limits[key] = check.value
    }
  }
  return { limits: valid ? limits : null, errors }
}

export function limitsToInputs(limits: DatabaseLimits | undefined): LimitInputs {
  return { maxTables: String(limits?.maxTables ?? ''), maxColumnsPerTable: String(limits?.maxColumnsPerTable ?? '') }
}

const count = new Intl.NumberFormat('en')

/** "500 tables, 200 columns per table, retention 30 days". */
export function describeSettings(db: Pick<Database, 'limits' | 'retentionSeconds'>): string {
  const retention = `retention ${formatRetention(db.retentionSeconds).toLowerCase()}`
  if (!db.limits) return retention
  return `at most ${count.format(db.limits.maxTables)} tables and ${count.format(db.limits.maxColumnsPerTable)} columns per table, ${retention}`
}

export interface SettingsPlan {
  /** Only what differs from the database as it is. */
  change: DatabaseChange
  /** "Max tables: 500 → 200", one line per setting that changes. */
  lines: string[]
}

/** What saving these settings would change on `db`; nothing when they are its own. */
export function planSettings(
  db: Pick<Database, 'limits' | 'retentionSeconds'>,
  limits: DatabaseLimits,
  retention: { humantime: string | null; seconds: number | undefined },
): SettingsPlan {
  const change: DatabaseChange = {}
  const lines: string[] = []
  const changedLimits: Partial<DatabaseLimits> = {}
  for (const key of LIMIT_KEYS) {
    const old = db.limits?.[key]
    if (old === limits[key]) continue
    changedLimits[key] = limits[key]
    lines.push(`${LIMIT_LABELS[key]}: ${old === undefined ? 'unknown' : count.format(old)} → ${count.format(limits[key])}`)
  }
  if (Object.keys(changedLimits).length > 0) change.limits = changedLimits
  if (retention.seconds !== db.retentionSeconds) {
    change.retention = retention.humantime
    lines.push(`Retention: ${formatRetention(db.retentionSeconds)} → ${formatRetention(retention.seconds)}`)
  }
  return { change, lines }
}
