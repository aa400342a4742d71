/**
 * The request core of the client: base URL, Authorization header, timeout, abort, and the
 * mapping of every failure to an ApiError. Knows nothing about endpoints.
 */
import type * as z from 'zod/mini'

import { ApiError, type ErrorMeaning, looksLikeHtml, messageFromBody } from './errors'

export interface HttpConfig {
  /** Origin (and optional path prefix) of the server; '' means the console's own origin. */
  baseUrl?: string | (() => string)
  /**
   * The raw token sent as `Authorization: Bearer …`; omitted when absent. A function is read
   * at each request, so a session can swap its token (after regenerating) without a new client.
   */
  token?: string | null | (() => string | null | undefined)
  /** `Authorization: <scheme> <token>`; InfluxDB 3 and the management API use Bearer, InfluxDB 2 Token. */
  scheme?: 'Bearer' | 'Token'
  /** Milliseconds before a request is abandoned as a timeout. */
  timeoutMs?: number
  /**
   * What an HTTP error means for the session. Products differ: InfluxDB 3 answers 401 only for
   * a credential it does not accept, InfluxDB 2 also for a valid one that lacks a permission.
   */
  classify?: (status: number, message: string) => ErrorMeaning
  /** The product's words for its errors (its name, its advice per failure). */
  words?: ProductWords
  fetch?: typeof fetch
}

/**
 * What a product says about its own failures: its name ("InfluxDB 3") for "check that the
 * console points at …", and advice for an HTTP error that differs by product (which token a
 * 403 needs, what a 404 means there). Absent advice leaves describeError's generic words.
 */
export interface ProductWords {
  name: string
  hint?: (status: number, message: string) => string | undefined
}

/** The usual reading: 401 the credential is not accepted, 403 it may not do that. */
export function classifyByStatus(status: number): ErrorMeaning {
  return status === 401 ? 'credential-invalid' : status === 403 ? 'not-permitted' : null
}

export const DEFAULT_TIMEOUT_MS = 15_000

type Query = Record<string, string | number | boolean | undefined>

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  query?: Query
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown
  signal?: AbortSignal | undefined
}

export interface RawResponse {
  status: number
  headers: Headers
  body: string
}

export interface Http {
  /** Sends a request; resolves for 2xx, throws ApiError otherwise. */
  send(spec: RequestSpec): Promise<RawResponse>
  /** Sends a request and validates its JSON body against a schema. */
  json<T extends z.ZodMiniType>(spec: RequestSpec, schema: T): Promise<z.infer<T>>
}

function buildUrl(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value))
  }
  const search = params.toString()
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`
}

/** "15 seconds", "1 second", "300 ms". */
function formatWait(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = Math.round(ms / 1000)
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
}

export function createHttp(config: HttpConfig = {}): Http {
  const baseUrl = () => (typeof config.baseUrl === 'function' ? config.baseUrl() : (config.baseUrl ?? ''))
  const token = () => (typeof config.token === 'function' ? config.token() : config.token)
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const server = config.words?.name

  async function send(spec: RequestSpec): Promise<RawResponse> {
    const { method, path } = spec
    const headers = new Headers({ Accept: 'application/json' })
    const secret = token()
    if (secret) headers.set('Authorization', `${config.scheme ?? 'Bearer'} ${secret}`)
    let body: string | undefined
    if (spec.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(spec.json)
    }

    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout
    let response: Response
    let text: string
    try {
      response = await doFetch(buildUrl(baseUrl(), path, spec.query), { method, headers, body, signal })
      text = await response.text()
    } catch (cause) {
      if (spec.signal?.aborted) {
        throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.', method, path, server, cause })
      }
      if (timeout.aborted) {
        throw new ApiError({
          kind: 'timeout',
          message: `The server did not answer within ${formatWait(timeoutMs)}.`,
          method,
          path,
          server,
          cause,
        })
      }
      throw new ApiError({
        kind: 'network',
        message: 'The server could not be reached (or the browser blocked its response).',
        method,
        path,
        server,
        cause,
      })
    }

    if (!response.ok) {
      const message = messageFromBody(text) || `${response.status} ${response.statusText}`.trim()
      const meaning = (config.classify ?? classifyByStatus)(response.status, message)
      const hint = config.words?.hint?.(response.status, message)
      throw new ApiError({ kind: 'http', status: response.status, message, method, path, meaning, server, hint })
    }
    // Even where the body is ignored (deletes, database changes): a page means the request
    // never reached the product's API, so "done" would be a lie.
    if (looksLikeHtml(text)) {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        message: `It answered with a web page, not an ${server ?? 'InfluxDB'} answer.`,
        method,
        path,
        server,
      })
    }
    return { status: response.status, headers: response.headers, body: text }
  }

  async function json<T extends z.ZodMiniType>(spec: RequestSpec, schema: T): Promise<z.infer<T>> {
    return decodeJson(await send(spec), spec, schema, server)
  }

  return { send, json }
}

/** Parses and validates a JSON body; anything else is an `invalid-response` ApiError. */
export function decodeJson<T extends z.ZodMiniType>(
  response: RawResponse,
  spec: RequestSpec,
  schema: T,
  server?: string,
): z.infer<T> {
  const fail = (message: string, cause: unknown): ApiError =>
    new ApiError({
      kind: 'invalid-response',
      status: response.status,
      message,
      method: spec.method,
      path: spec.path,
      server,
      cause,
    })
  let parsed: unknown
  try {
    // Token creates answer `Content-Type: json` and errors none at all: parse by content, not header.
    parsed = JSON.parse(response.body)
  } catch (cause) {
    throw fail('The server answered with something that is not JSON.', cause)
  }
  const result = schema.safeParse(parsed)
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    throw fail(`The server's answer did not have the expected shape: ${issues}`, result.error)
  }
  return result.data
}
