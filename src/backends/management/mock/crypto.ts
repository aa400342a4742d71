/** Ids and token strings for the mock management API, with Web Crypto only (Node and the browser alike). */

function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count))
}

/** Random UUID (version 4), built by hand: `crypto.randomUUID` is missing on insecure origins. */
export function uuidV4(): string {
  const bytes = randomBytes(16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** A database token as documented: `apiv1_` and the base64 of 512 random bits (docs-v2 `reference/internals/security.md`). */
export function newAccessToken(): string {
  return `apiv1_${base64(randomBytes(64))}`
}

/**
 * A management token for the mock to accept when none is given. The real format is not
 * documented (the Admin UI shows a prefix such as `M.V1.…`), so this is only random text.
 */
export function newManagementToken(): string {
  return base64(randomBytes(48)).replace(/\+/g, '-').replace(/\//g, '_')
}
