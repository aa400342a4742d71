/** The caller's token from an `Authorization` header, and the answers when it has none or a bad one. */
import { handFormattedJsonError, HttpError, MALFORMED_AUTH_MESSAGE, UNAUTHENTICATED_MESSAGE } from './responses'

export function unauthenticated(): never {
  throw new HttpError(handFormattedJsonError(401, UNAUTHENTICATED_MESSAGE))
}

function malformed(): never {
  throw new HttpError(handFormattedJsonError(400, MALFORMED_AUTH_MESSAGE))
}

/** The token of an `Authorization` header: `Bearer t`, `Token t` or `Basic base64(user:t)`. */
export function tokenFromAuthorization(header: string): string {
  const parts = header.split(' ')
  const [scheme, credentials] = parts
  if (parts.length !== 2 || credentials === undefined) return malformed()
  if (scheme === 'Bearer' || scheme === 'Token') return credentials
  if (scheme !== 'Basic') return malformed()
  let decoded: string
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(credentials), (c) => c.charCodeAt(0)))
  } catch {
    return malformed()
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return malformed()
  return decoded.slice(colon + 1)
}
