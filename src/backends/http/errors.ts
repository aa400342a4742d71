/**
 * The one error the client throws. The UI decides what to show from `kind` and `status`;
 * `message` is the server's own words when it sent any (JSON `{"error": …}` or plain text).
 */

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted'

/**
 * What an HTTP error means for the session: the credential is no longer accepted (ask to
 * connect again), or it is valid but may not do this (say so on the action), or neither. And,
 * whatever the status, `conflict`: what the request names already exists (InfluxDB 2 answers a
 * taken bucket name with 422, the status it also uses for other refusals).
 */
export type ErrorMeaning = 'credential-invalid' | 'not-permitted' | 'conflict' | null

export interface ApiErrorInit {
  kind: ApiErrorKind
  message: string
  status?: number
  method: string
  path: string
  meaning?: ErrorMeaning
  /** The product's name for messages ("InfluxDB 3"); absent when the caller did not say. */
  server?: string | undefined
  /** The product's advice for this failure, replacing the generic one (see ProductWords). */
  hint?: string | undefined
  cause?: unknown
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  /** HTTP status, for kind `http` (and `invalid-response` when the status was a success). */
  readonly status: number | undefined
  readonly method: string
  /** Request path without query string: never carries a secret. */
  readonly path: string
  /** Set by the product's client for HTTP errors; see ErrorMeaning. */
  readonly meaning: ErrorMeaning
  readonly server: string | undefined
  readonly hint: string | undefined

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.kind = init.kind
    this.status = init.status
    this.method = init.method
    this.path = init.path
    this.meaning = init.meaning ?? null
    this.server = init.server
    this.hint = init.hint
  }

  /** True for an HTTP error with one of the given statuses. */
  is(...statuses: number[]): boolean {
    return this.kind === 'http' && this.status !== undefined && statuses.includes(this.status)
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

/**
 * The server's message from an error body. InfluxDB 3 answers errors as JSON `{"error": …}`,
 * as v2-style `{"code", "message"}`, or as plain text, almost never with a Content-Type, so
 * the body is sniffed rather than trusted by header.
 */
export function messageFromBody(body: string): string {
  const trimmed = body.trim()
  // A proxy's error page (nginx's "502 Bad Gateway"): its title, not a screenful of markup.
  if (looksLikeHtml(trimmed)) return /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim() ?? ''
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (parsed && typeof parsed === 'object') {
        const record = parsed as Record<string, unknown>
        if (typeof record.error === 'string') return record.error
        if (typeof record.message === 'string') return record.message
      }
    } catch {
      // Not JSON after all: fall through to the text.
    }
  }
  return trimmed
}

/** InfluxDB's APIs never answer with a web page: one means a proxy, login page or web server answered. */
export function looksLikeHtml(body: string): boolean {
  return /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(body)
}
