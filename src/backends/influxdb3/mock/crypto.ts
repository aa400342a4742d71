/**
 * Randomness and hashing for the mock InfluxDB 3, with Web Crypto only: the same code runs in
 * Node (tests, standalone server) and in the browser's service worker.
 */

const TOKEN_PREFIX = 'apiv3_'
const TOKEN_RANDOM_BYTES = 64

function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count))
}

function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

function base64UrlNoPadding(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** A fresh token string as the server makes it: `apiv3_` + base64url (no padding) of 64 CSPRNG bytes. */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + base64UrlNoPadding(randomBytes(TOKEN_RANDOM_BYTES))
}

/**
 * A hash of the stored form for a seeded token whose string is never made: random bytes, as
 * unguessable as a real digest, at a fraction of the cost when seeding thousands of tokens.
 */
export function randomHashHex(): string {
  return toHex(randomBytes(64))
}

/** Lowercase hex SHA-512 of the UTF-8 text: the only form in which the server keeps a token. */
export async function sha512Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-512', new TextEncoder().encode(text))
  return toHex(new Uint8Array(digest))
}

function formatUuid(bytes: Uint8Array): string {
  const hex = toHex(bytes)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

// crypto.randomUUID is missing on insecure origins, so both UUID kinds are built by hand.

/** Random UUID (version 4). */
export function uuidV4(): string {
  const bytes = randomBytes(16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  return formatUuid(bytes)
}

/** Time-ordered UUID (version 7), the kind the server uses for request ids. */
export function uuidV7(epochMs: number): string {
  const bytes = randomBytes(16)
  let time = Math.max(0, Math.floor(epochMs))
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256
    time = Math.floor(time / 256)
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  return formatUuid(bytes)
}
