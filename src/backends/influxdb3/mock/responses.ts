/**
 * Response builders that reproduce the real server's inconsistent shapes
 * (influxdata/influxdb `influxdb3_server/src/http.rs`, its error conversions): most errors are plain text or JSON *without* a Content-Type header. A string body
 * would make `new Response` add `text/plain;charset=UTF-8`, so bodies go in as bytes.
 */

const encoder = new TextEncoder()

function bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text)
}

/** A body without any Content-Type, as the server's error path sends it. */
export function bareResponse(status: number, text: string): Response {
  return new Response(text === '' ? null : bytes(text), { status })
}

/** An empty success (200 / 204) without Content-Type. */
export function emptyResponse(status: 200 | 204 = 200): Response {
  return new Response(null, { status })
}

export function textResponse(status: number, text: string, contentType: string): Response {
  return new Response(bytes(text), { status, headers: { 'Content-Type': contentType } })
}

export function jsonResponse(status: number, value: unknown, contentType = 'application/json'): Response {
  return textResponse(status, JSON.stringify(value), contentType)
}

/**
 * The server writes a few error bodies by hand as `{"error": "..."}` — with a space after the
 * colon, unlike serde's output. Clients that compare text must see exactly that.
 */
export function handFormattedJsonError(status: number, message: string): Response {
  return bareResponse(status, `{"error": ${JSON.stringify(message)}}`)
}

/** Errors serialised by serde: `{"error":"..."}`, no space, still no Content-Type. */
export function serdeJsonError(status: number, message: string): Response {
  return bareResponse(status, JSON.stringify({ error: message }))
}

/** Thrown by route code to end a request early with a ready response. */
export class HttpError extends Error {
  readonly response: Response

  constructor(response: Response) {
    super(`HTTP ${response.status}`)
    this.response = response
  }
}

export function fail(status: number, text: string): never {
  throw new HttpError(bareResponse(status, text))
}

export const NOT_FOUND_TEXT = 'Not found'
export const UNAUTHENTICATED_MESSAGE = 'the request was not authenticated'
export const MALFORMED_AUTH_MESSAGE =
  "Authorization header was malformed, the request was not in the form of 'Authorization: <auth-scheme> <token>', supported auth-schemes are Bearer, Token and Basic"
const FORBIDDEN_MESSAGE = 'unauthorized to perform requested action with the token'
export const WITHOUT_AUTH_TEXT = 'endpoint disabled, started without auth'
export const UNSUPPORTED_CONTENT_TYPE_TEXT = 'unacceptable content-type, expected: application/json'

export function resourceNotFound(name: string): never {
  return fail(404, `the requested resource was not found: ${name}`)
}

/**
 * Enterprise's 403 body is unverified (Enterprise's source is not public). This is the `RoutingError::Authorization`
 * form, which the server formats by hand next to the 401 body, hence the space.
 */
export function forbidden(): never {
  throw new HttpError(handFormattedJsonError(403, FORBIDDEN_MESSAGE))
}
