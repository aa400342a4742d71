/**
 * The token inventory as a file: CSV or JSON of the listed tokens' metadata, with where and when
 * it was taken. Only the fields named here go out, never a token string (the list holds none:
 * `Token` has no such field, and InfluxDB 2's strings are dropped at its boundary), and a value
 * that looks like one stops the export rather than leaving in a file.
 *
 * CSV cells starting with = + - @ (or a tab or carriage return) are neutralised with a leading
 * apostrophe, so a spreadsheet shows a token named `=HYPERLINK(…)` as text instead of running it
 * (OWASP, "CSV Injection": https://owasp.org/www-community/attacks/CSV_Injection).
 */
import type { Token } from '../../../backends/domain'
import { expiryStatus } from '../../../lib/token-describe'

export interface InventoryHeader {
  /** The server's URL without credentials, query or fragment; or the demo server's name. */
  server: string
  /** The product as the server names itself ("InfluxDB 3 Enterprise"). */
  product: string
  exportedAt: Date
}

/** One token's metadata, as exported. */
export interface InventoryRow {
  id: string
  name: string
  kind: string
  permissions: string
  created: string
  /** ISO time, or empty for a token that never expires. */
  expires: string
  /** At the time of export: never, active, expiring (within 7 days) or expired; a file keeps no relative time. */
  expiry: string
  status: string
  fingerprint: string
  owner: string
}

const COLUMNS: readonly (keyof InventoryRow)[] = [
  'id',
  'name',
  'kind',
  'permissions',
  'created',
  'expires',
  'expiry',
  'status',
  'fingerprint',
  'owner',
]

/**
 * Token strings the products hand out: InfluxDB 3's `apiv3_` + 86 characters, InfluxDB 2's and
 * Cloud's 86 base64url characters and `==`; the management API's are JWTs.
 */
const TOKEN_STRINGS = [/apiv3_[\w-]{20,}/, /[\w-]{80,}={0,2}/, /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/]

export class SecretInExportError extends Error {
  override readonly name = 'SecretInExportError'
  constructor(readonly tokenId: string) {
    super(`The export was stopped: a value of token ${tokenId} looks like a token string, which must never leave in a file.`)
  }
}

/** The server's address as it may be written down: no user, password, query or fragment. */
export function serverLabel(address: string): string {
  try {
    const url = new URL(address)
    url.username = ''
    url.password = ''
    url.search = ''
    url.hash = ''
    return url.toString().replace(/\/$/, '')
  } catch {
    // Not a URL (the demo server's name): kept to one line.
    return address.replace(/[\r\n]+/g, ' ')
  }
}

export function inventoryRows(tokens: readonly Token[], kindOf: (token: Token) => string, now: number): InventoryRow[] {
  return tokens.map((token) => {
    const row: InventoryRow = {
      id: token.id,
      name: token.name,
      kind: kindOf(token),
      permissions: token.permissionsText,
      created: new Date(token.createdAt).toISOString(),
      expires: token.expiresAt === undefined ? '' : new Date(token.expiresAt).toISOString(),
      expiry: expiryStatus(token.expiresAt, now),
      status: token.status ?? 'active',
      fingerprint: token.fingerprint ?? '',
      owner: token.owner?.name ?? '',
    }
    for (const column of COLUMNS) {
      if (TOKEN_STRINGS.some((shape) => shape.test(row[column]))) throw new SecretInExportError(token.id)
    }
    return row
  })
}

/** One CSV cell: formula starts neutralised, then quoted where RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * The first block is comment lines (`# server: …`), then the column names and one row per
 * token; a reader that does not skip comments sees them as rows of one cell.
 */
export function inventoryCsv(header: InventoryHeader, rows: readonly InventoryRow[]): string {
  const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ')
  const lines = [
    '# InfluxDB token inventory (metadata only: no token strings)',
    `# server: ${oneLine(header.server)}`,
    `# product: ${oneLine(header.product)}`,
    `# exported: ${header.exportedAt.toISOString()}`,
    `# tokens: ${rows.length}`,
    COLUMNS.join(','),
    ...rows.map((row) => COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}

export function inventoryJson(header: InventoryHeader, rows: readonly InventoryRow[]): string {
  return `${JSON.stringify(
    {
      inventory: {
        kind: 'InfluxDB token inventory',
        note: 'Metadata only: no token strings.',
        server: header.server,
        product: header.product,
        exportedAt: header.exportedAt.toISOString(),
        tokens: rows.length,
      },
      tokens: rows,
    },
    null,
    2,
  )}\n`
}

/** A file name that sorts by time: `influxdb-tokens-2026-05-01T10-00-00Z.csv`. */
export function inventoryFileName(exportedAt: Date, extension: 'csv' | 'json'): string {
  return `influxdb-tokens-${exportedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}.${extension}`
}
