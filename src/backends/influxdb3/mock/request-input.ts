/**
 * Reading request input the way the server's serde-based handlers do, with error texts of the
 * same form: `serde error: ...` for query strings, `serde json error: ... at line L column C`
 * for JSON bodies. Positions are serde's for missing fields (end of the document); for type
 * errors serde points just past the offending value, which the mock approximates with the end
 * of the document.
 */
import { parseHumantime } from '../../../lib/duration'
import { fail, UNSUPPORTED_CONTENT_TYPE_TEXT } from './responses'

export type JsonObject = Record<string, unknown>

/** 2^64: JSON integers at or above it do not fit a u64. */
const U64_LIMIT = 2 ** 64

/** `application/json` or any `type/subtype+json`, parameters such as `; charset=utf-8` allowed. */
function isJsonContentType(value: string | null): boolean {
  if (value === null) return false
  const mime = (value.split(';')[0] ?? '').trim().toLowerCase()
  return mime === 'application/json' || /^[^/\s]+\/[^/\s]+\+json$/.test(mime)
}

export function requireJsonContentType(request: Request): void {
  if (!isJsonContentType(request.headers.get('content-type'))) fail(415, UNSUPPORTED_CONTENT_TYPE_TEXT)
}

function position(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1)
  return `line ${line} column ${column}`
}

function endPosition(text: string): string {
  return position(text, text.trimEnd().length)
}

/** serde's description of an unexpected JSON value, e.g. ``integer `5` `` or `string "x"`. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`
  if (typeof value === 'boolean') return `boolean \`${value}\``
  if (typeof value === 'number') {
    return Number.isInteger(value) ? `integer \`${value}\`` : `floating point \`${value}\``
  }
  return Array.isArray(value) ? 'sequence' : 'map'
}

/** A parsed JSON body plus its text, so later field errors can report serde-like positions. */
export class JsonBody {
  constructor(
    readonly text: string,
    readonly value: JsonObject,
  ) {}

  error(message: string): never {
    return fail(400, `serde json error: ${message} at ${endPosition(this.text)}`)
  }

  missing(field: string): never {
    return this.error(`missing field \`${field}\``)
  }

  invalidType(value: unknown, expected: string): never {
    return this.error(`invalid type: ${describeJsonValue(value)}, expected ${expected}`)
  }

  string(field: string): string {
    const value = this.value[field]
    if (value === undefined) return this.missing(field)
    if (typeof value !== 'string') return this.invalidType(value, 'a string')
    return value
  }

  optionalString(field: string): string | null {
    const value = this.value[field]
    if (value === undefined || value === null) return null
    if (typeof value !== 'string') return this.invalidType(value, 'a string')
    return value
  }

  /** An optional u64; JSON numbers beyond u64 arrive as floats in serde and are rejected the same way. */
  optionalU64(field: string): number | null {
    const value = this.value[field]
    if (value === undefined || value === null) return null
    if (typeof value !== 'number' || !Number.isInteger(value) || value >= U64_LIMIT) {
      return this.invalidType(value, 'u64')
    }
    if (value < 0) return this.error(`invalid value: integer \`${value}\`, expected u64`)
    return value
  }

  /** An optional humantime duration string (retention periods), in seconds. */
  optionalDuration(field: string): number | null {
    const text = this.optionalString(field)
    if (text === null) return null
    const seconds = parseHumantime(text)
    if (seconds === null) return this.error(humantimeError(text))
    return seconds
  }
}

function jsonSyntaxError(text: string, error: unknown): string {
  if (text.trim() === '') return 'EOF while parsing a value at line 1 column 0'
  const message = error instanceof Error ? error.message : ''
  if (/end of JSON input|Unterminated/i.test(message)) return `EOF while parsing a value at ${endPosition(text)}`
  const offset = /position (\d+)/.exec(message)?.[1]
  return `expected value at ${position(text, offset === undefined ? 0 : Number(offset) + 1)}`
}

/** Reads a JSON object body; `structName` names the Rust request type in serde's messages. */
export async function readJsonBody(request: Request, structName: string): Promise<JsonBody> {
  const text = await request.text()
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return fail(400, `serde json error: ${jsonSyntaxError(text, error)}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(
      400,
      `serde json error: invalid type: ${describeJsonValue(value)}, expected struct ${structName} at ${endPosition(text)}`,
    )
  }
  return new JsonBody(text, value as JsonObject)
}

/** The message humantime gives for a string it cannot parse. */
export function humantimeError(text: string): string {
  const trimmed = text.trim()
  if (trimmed === '') return 'value was empty'
  if (!/^\d/.test(trimmed)) return 'expected number at 0'
  const unit = /\d+\s*([^\d\s]+)/.exec(trimmed)?.[1]
  if (unit === undefined) return 'time unit needed, for example 30d or 1h'
  return `unknown time unit ${JSON.stringify(unit)}, supported units: ns, us, ms, sec, min, hours, days, weeks, months, years (and few variations)`
}

/** A required query-string parameter; a missing one fails like serde_urlencoded does. */
export function requireQueryParam(url: URL, name: string): string {
  const value = url.searchParams.get(name)
  if (value === null) return fail(400, `serde error: missing field \`${name}\``)
  return value
}

/** A `bool` query-string parameter as Rust's `FromStr` reads it. */
export function optionalBoolQueryParam(url: URL, name: string): boolean {
  const value = url.searchParams.get(name)
  if (value === null || value === 'false') return false
  if (value === 'true') return true
  return fail(400, 'serde error: provided string was not `true` or `false`')
}
