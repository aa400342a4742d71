/**
 * The `format` of query results and database lists (`json`, `jsonl`, ...). The mock writes
 * the JSON forms only; the binary and tabular ones fail with a clear `query error:`.
 */
import { fail, jsonResponse, textResponse } from './responses'

export type OutputFormat = 'json' | 'jsonl'

const KNOWN_FORMATS = ['parquet', 'csv', 'pretty', 'json', 'jsonl', 'json_lines']

/** Checks a `format` value; fails like serde for unknown ones and plainly for unsupported ones. */
export function parseOutputFormat(value: string): OutputFormat {
  if (value === 'json') return 'json'
  if (value === 'jsonl' || value === 'json_lines') return 'jsonl'
  if (KNOWN_FORMATS.includes(value)) {
    return fail(400, `query error: the mock InfluxDB 3 server writes only format json or jsonl, not ${value}`)
  }
  return fail(
    400,
    `serde error: unknown variant \`${value}\`, expected one of ${KNOWN_FORMATS.map((f) => `\`${f}\``).join(', ')}`,
  )
}

/** `QueryFormat::try_from_headers`: the format when the request gives none. */
export function formatFromAccept(accept: string | null): OutputFormat {
  if (accept === null || accept === '' || accept === 'application/json' || accept === '*/*') return 'json'
  if (accept === 'application/jsonl') return 'jsonl'
  if (accept === 'text/csv') return parseOutputFormat('csv')
  if (accept === 'text/plain') return parseOutputFormat('pretty')
  if (accept === 'application/vnd.apache.parquet') return parseOutputFormat('parquet')
  if (/\*\/\*|text\/html|application\/json/.test(accept)) return 'json'
  return fail(400, `invalid mime type (${accept})`)
}

export function recordsResponse(format: OutputFormat, records: readonly object[]): Response {
  if (format === 'json') return jsonResponse(200, records)
  const lines = records.map((record) => `${JSON.stringify(record)}\n`).join('')
  return textResponse(200, lines, 'application/jsonl')
}
