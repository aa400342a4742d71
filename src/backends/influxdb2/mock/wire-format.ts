/**
 * How the mock InfluxDB 2 writes its answers (read from
 * influxdata/influxdb `main-2.x`): 16-hex ids (`kit/platform/id.go`), 88-character tokens
 * (`rand/token.go`), RFC 3339 times with nanoseconds, tab-indented JSON with
 * `application/json; charset=utf-8` (`kit/transport/http/api.go`), and the error envelope
 * `{code, message}` with `X-Platform-Error-Code`. Web Crypto only: the same code runs in Node
 * and in the demo's service worker.
 */

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count))
}

function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** A platform id: 8 random bytes as 16 lowercase hex digits, never all zero (zero is invalid). */
export function newId(): string {
  const id = toHex(randomBytes(8))
  return /^0+$/.test(id) ? newId() : id
}

export const ID_PATTERN = /^[0-9a-f]{16}$/

/** A token string as OSS makes it: base64url with padding of 64 random bytes (88 characters, `==`). */
export function newTokenString(): string {
  let binary = ''
  for (const byte of randomBytes(64)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')
}

/** RFC 3339 with nine fraction digits and `Z`: the milliseconds, then six digits below them. */
export function nanoTime(ms: number): string {
  const below = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')
  return `${new Date(ms).toISOString().slice(0, -1)}${below}Z`
}

/** A JSON answer as the server writes it: tab-indented, with a trailing newline. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(value, null, '\t')}\n`, {
    status,
    headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers },
  })
}

/** 204, no body, no Content-Type. */
export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers })
}

/** The platform error codes and their statuses (`kit/transport/http/error_handler.go`). */
const CODE_STATUS = {
  invalid: 400,
  'empty value': 400,
  unauthorized: 401,
  forbidden: 403,
  'not found': 404,
  'method not allowed': 405,
  'request too large': 413,
  conflict: 422,
  'unprocessable entity': 422,
  'too many requests': 429,
  'internal error': 500,
  'not implemented': 501,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof CODE_STATUS

/** Thrown by route code; the pipeline answers it as the error envelope. */
export class PlatformError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }

  get status(): number {
    return CODE_STATUS[this.code]
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new PlatformError(code, message)
}

export function errorResponse(error: PlatformError): Response {
  return jsonResponse(error.status, { code: error.code, message: error.message }, { 'X-Platform-Error-Code': error.code })
}

export const UNAUTHORIZED_ACCESS = 'unauthorized access'

/** A path id: 16 hex digits, else the messages of `platform.IDFromString`. */
export function parseId(text: string | null | undefined): string {
  if (text === null || text === undefined || text.length !== 16) return fail('invalid', 'id must have a length of 16 bytes')
  if (!ID_PATTERN.test(text.toLowerCase()) || /^0+$/.test(text)) return fail('invalid', 'invalid ID')
  return text.toLowerCase()
}

/** A JSON request body, or 400 `invalid json structure: …` as the authorization handler says it. */
export async function readJson(request: Request, prefix = 'invalid json structure'): Promise<unknown> {
  const text = await request.text()
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    return fail('invalid', `${prefix}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
