/**
 * A token file checked in the browser (`token.json`, as influxctl's `token_file` reads it):
 * whether it is JSON, which field holds the token, and what the token says about itself if it
 * is a JWT. The answer holds facts only — never the token or the file's text — so a caller can
 * drop the text as soon as it has the answer. Lenient on purpose: no public source fixes the
 * file's layout, so unknown keys are fine, and the token may be under `access_token` (an OAuth2
 * token object, as Go's golang.org/x/oauth2 writes it) or `token`.
 */
import { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax'
import { type JwtFacts, readJwt } from './jwt'

export const TOKEN_FIELDS = ['access_token', 'token'] as const
type TokenField = (typeof TOKEN_FIELDS)[number]

/** A token file is a few kilobytes; anything much larger is not one, and is not read. */
export const MAX_TOKEN_FILE_BYTES = 64 * 1024

export type TokenFileCheck =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'empty' }
  /** `error` is null only if the scanner and the browser's parser disagree (then no position is known). */
  | { kind: 'not-json'; error: JsonSyntaxError | null; bareJwt: boolean }
  | { kind: 'not-an-object'; found: string }
  /** `keys`: the top-level keys that are plain names, to show; `otherKeys`: how many others there are. */
  | { kind: 'no-token-field'; keys: string[]; otherKeys: number }
  | { kind: 'token-not-a-string'; key: TokenField; found: string }
  /** `jwt` is null when the token is not a JWT; `fileExpiry` is the file's own `expiry`, if it has one. */
  | { kind: 'token'; key: TokenField; jwt: JwtFacts | null; fileExpiry: Date | null }

/** Keys shown as they are: short plain names. Anything else is only counted. */
const PLAIN_KEY = /^[A-Za-z0-9_.-]{1,40}$/
const MAX_KEYS_SHOWN = 10

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return value === '' ? 'an empty string' : value.trim() === '' ? 'only spaces' : 'a string'
  if (typeof value === 'boolean') return 'true or false'
  return typeof value === 'number' ? 'a number' : 'an object'
}

/** The file's `expiry` (RFC 3339); Go writes its zero time (year 1) for "none". */
function fileExpiryOf(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) || new Date(ms).getUTCFullYear() <= 1 ? null : new Date(ms)
}

/** Too large to be a token file: answered from the size alone, before anything is read. */
export function tokenFileTooLarge(bytes: number): TokenFileCheck | null {
  return bytes > MAX_TOKEN_FILE_BYTES ? { kind: 'too-large', bytes } : null
}

export function checkTokenFile(text: string): TokenFileCheck {
  if (text.length > MAX_TOKEN_FILE_BYTES) return { kind: 'too-large', bytes: new TextEncoder().encode(text).length }
  if (text.trim() === '') return { kind: 'empty' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // Never the parser's message: in Chromium it quotes the text around the error.
    return { kind: 'not-json', error: findJsonSyntaxError(text), bareJwt: readJwt(text.trim()) !== null }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'not-an-object', found: describeType(value) }
  }
  const file = value as Record<string, unknown>
  const key = TOKEN_FIELDS.find((field) => Object.hasOwn(file, field))
  if (key === undefined) {
    const plain = Object.keys(file).filter((k) => PLAIN_KEY.test(k))
    const keys = plain.slice(0, MAX_KEYS_SHOWN)
    return { kind: 'no-token-field', keys, otherKeys: Object.keys(file).length - keys.length }
  }
  const token = file[key]
  if (typeof token !== 'string' || token.trim() === '') return { kind: 'token-not-a-string', key, found: describeType(token) }
  return { kind: 'token', key, jwt: readJwt(token.trim()), fileExpiry: fileExpiryOf(file.expiry) }
}
