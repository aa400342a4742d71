/**
 * What a JSON Web Token (RFC 7519) says about itself, read without verifying it: the signing
 * algorithm from its header, and its expiry and issuer from its claims. A console cannot check
 * the signature (it does not hold the key) and never needs the token's other claims.
 */

export interface JwtFacts {
  /** The header's `alg` (RFC 7515 §4.1.1), or null when it has none. */
  alg: string | null
  /** `exp` as an instant; null when the token has no `exp`. */
  expiresAt: Date | null
  /** `exp` is present but is not a number of seconds a date can hold. */
  expiryUnreadable: boolean
  /** `iss`, or null when absent or not a string. */
  issuer: string | null
}

/** Three base64url parts (header, claims, signature), as a JWS in compact form writes them. */
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/** The largest time a Date can hold, in seconds (ECMAScript: ±8.64e15 ms). */
const MAX_DATE_SECONDS = 8.64e12

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0))
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The token's facts, or null when it is not a JWT whose header and claims are JSON objects. */
export function readJwt(token: string): JwtFacts | null {
  if (!COMPACT.test(token)) return null
  const [headerPart = '', claimsPart = ''] = token.split('.')
  const header = decodePart(headerPart)
  const claims = decodePart(claimsPart)
  if (!header || !claims) return null
  const { exp, iss } = claims
  const expReadable = typeof exp === 'number' && Number.isFinite(exp) && Math.abs(exp) <= MAX_DATE_SECONDS
  return {
    alg: typeof header.alg === 'string' ? header.alg : null,
    expiresAt: expReadable ? new Date(exp * 1000) : null,
    expiryUnreadable: exp !== undefined && !expReadable,
    issuer: typeof iss === 'string' ? iss : null,
  }
}
