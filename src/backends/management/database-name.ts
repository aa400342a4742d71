/**
 * The management API's database names: 1 to 64 characters, letters, digits, `-`, `_` and `/`,
 * starting with a letter or digit. InfluxData's management API reference (Cloud Dedicated and
 * Clustered, `POST …/databases`, `name` 1–64 characters) and its MCP server
 * (`@influxdata/influxdb3-mcp-server`, `build/tools/categories/database.tools.js`:
 * `^[a-zA-Z0-9][a-zA-Z0-9\-_/]*$`). Unlike InfluxDB 3 Core and Enterprise, any number of `/` is allowed.
 */
import type { DatabaseNameRule } from '../product-screens'

export const MAX_MANAGEMENT_DATABASE_NAME = 64

function check(name: string): string | null {
  if (name.length === 0) return 'Enter a name for the database.'
  if (name.length > MAX_MANAGEMENT_DATABASE_NAME) {
    return `The name is ${name.length} characters long; the server allows at most ${MAX_MANAGEMENT_DATABASE_NAME}.`
  }
  if (!/^[A-Za-z0-9]/.test(name)) return 'The name must start with a letter or a digit.'
  const bad = [...name].find((ch) => !/[A-Za-z0-9_\-/]/.test(ch))
  if (bad !== undefined) {
    const shown = bad === ' ' ? 'spaces' : `“${bad}”`
    return `The name cannot contain ${shown}: use only letters, digits, “_”, “-” and “/”.`
  }
  return null
}

export const managementDatabaseName: DatabaseNameRule = {
  hint: `Up to ${MAX_MANAGEMENT_DATABASE_NAME} letters, digits, “_”, “-” and “/”, starting with a letter or digit.`,
  check,
}
