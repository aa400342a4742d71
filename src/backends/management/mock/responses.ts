/**
 * The management API's answers: JSON bodies with `Content-Type: application/json`, and errors
 * as the spec's `Error` schema, `{"code": <integer status>, "message": "…"}` (e.g.
 * `{"code":404,"message":"not found"}`, the spec's example). The real messages beyond that
 * example are unknown; the mock's own are short and say what was wrong.
 */
import type { ErrorWire } from '../wire'

export function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

export function apiError(status: number, message: string): Response {
  const body: ErrorWire = { code: status, message }
  return json(status, body)
}

/** Thrown by route code to end a request early with an error answer. */
export class HttpError extends Error {
  readonly response: Response

  constructor(status: number, message: string) {
    super(`HTTP ${status}: ${message}`)
    this.response = apiError(status, message)
  }
}

export function fail(status: number, message: string): never {
  throw new HttpError(status, message)
}

export const NOT_FOUND = 'not found'

/** The body as a JSON object; anything else is a 400. */
export async function readObject(request: Request): Promise<Record<string, unknown>> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await request.text())
  } catch {
    return fail(400, 'the request body is not valid JSON')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return fail(400, 'the request body must be a JSON object')
  return parsed as Record<string, unknown>
}
