/**
 * InfluxDB 3's database name rules (from the server's `validate_db_name`,
 * influxdata/influxdb `influxdb3_catalog`), with a message that says what is wrong, not just "invalid".
 */

export const MAX_DATABASE_NAME_BYTES = 511

/** Why the server would refuse this name, or null when it would accept it. */
export function validateDatabaseName(name: string): string | null {
  if (name.length === 0) return 'Enter a name for the database.'
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(name)) {
    return 'Use only ASCII letters, digits, “_” and “-”: the server refuses accented letters, emoji and other non-ASCII characters.'
  }
  if (name.length > MAX_DATABASE_NAME_BYTES) {
    return `The name is ${name.length} characters long; the server allows at most ${MAX_DATABASE_NAME_BYTES}.`
  }
  if (!/^[A-Za-z0-9]/.test(name)) return 'The name must start with a letter or a digit.'
  const slashes = name.split('/').length - 1
  if (slashes > 1) return 'The name may contain at most one “/” (the database/retention-policy form).'
  if (name.endsWith('/')) return 'A “/” must be followed by a retention policy name (database/policy).'
  const bad = [...name].find((ch) => !/[A-Za-z0-9_\-/]/.test(ch))
  if (bad !== undefined) {
    const shown = bad === ' ' ? 'spaces' : `“${bad}”`
    return `The name cannot contain ${shown}: use only letters, digits, “_” and “-”.`
  }
  return null
}
