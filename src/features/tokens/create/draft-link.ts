/**
 * A create form as a link: `/tokens?draft=<base64url JSON>` holds the token type, name,
 * permissions and expiry, never a token string. Reading one treats it as untrusted input: a
 * damaged or oversized draft is refused with a message, and fields this console does not know, or
 * cannot use on this server, are dropped with a notice rather than guessed at.
 */
import * as z from 'zod/mini'

import type { TokenTypeOption } from '../../../backends/product-screens'
import { EXPIRY_PRESETS, type ExpiryChoice } from '../../../lib/expiry'
import { WILDCARD } from '../../../lib/permission'
import type { ColumnValue, GridValue } from './permission-grid-model'
import type { ResourceChoice } from './resource-choices'

/** Longer parameters are refused (servers commonly cap a request line near 8 KiB). */
export const MAX_DRAFT_LENGTH = 6000
const VERSION = 1

/** What a link carries: the form's values, by name. */
export interface Draft {
  type: string
  name: string
  read: '*' | readonly string[]
  write: '*' | readonly string[]
  resources: '*' | readonly string[]
  /** Absent: the form's default. */
  expiry: ExpiryChoice | null
}

// A token string pasted into the name must not travel in a URL: InfluxDB 3's `apiv3_…`, or a long
// run of base64 or JWT characters mixing cases and digits (InfluxDB 2's, the management API's).
const TOKEN_LIKE = /apiv3_|[A-Za-z0-9+/_=.-]{40,}/
export function looksLikeTokenString(text: string): boolean {
  const match = TOKEN_LIKE.exec(text)
  if (!match) return false
  return match[0].startsWith('apiv3_') || (/[a-z]/.test(match[0]) && /[A-Z]/.test(match[0]) && /\d/.test(match[0]))
}

function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): string | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)))
  } catch {
    return null
  }
}

const names = (set: ColumnValue): '*' | string[] => (set === '*' ? '*' : [...set].sort())

export type DraftParam = { ok: true; param: string } | { ok: false; reason: string }

/** The form's values as the link's parameter, or why they cannot be a link. */
export function encodeDraft(form: {
  type: TokenTypeOption
  name: string
  grid: GridValue
  resources: ResourceChoice
  expiry: ExpiryChoice
}): DraftParam {
  const { type, name, grid, resources, expiry } = form
  if (looksLikeTokenString(name)) {
    return { ok: false, reason: 'The name looks like a token string, and a link never carries one: change the name first.' }
  }
  const { kind } = type.grants
  const wire = {
    v: VERSION,
    type: type.id,
    name: name.trim(),
    ...(kind === 'databases' ? { read: names(grid.read), write: names(grid.write) } : {}),
    ...(kind === 'resources' ? { resources: resources.all ? '*' : [...resources.names].sort() } : {}),
    expiry:
      expiry.kind === 'never'
        ? 'never'
        : expiry.kind === 'preset'
          ? expiry.preset
          : expiry.at && !Number.isNaN(expiry.at.getTime())
            ? expiry.at.toISOString()
            : undefined,
  }
  const param = toBase64Url(JSON.stringify(wire))
  if (param.length > MAX_DRAFT_LENGTH) {
    return {
      ok: false,
      reason: `This draft is too long for a link (${param.length} characters, at most ${MAX_DRAFT_LENGTH}): grant fewer names, or use the equivalent command.`,
    }
  }
  return { ok: true, param }
}

// Only the zod/mini parts the first page already uses (enum, string, array): the schemas share a
// chunk with it, and the budget has no room for more; lengths are checked here.
function parse<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> | undefined {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
const WILD = z.enum([WILDCARD])
const STRINGS = z.array(z.string())
const text =
  (max: number, min = 0) =>
  (value: unknown) => {
    const parsed = parse(z.string(), value)
    return parsed !== undefined && parsed.length >= min && parsed.length <= max ? parsed : undefined
  }
const nameList = (value: unknown): '*' | string[] | undefined => {
  if (parse(WILD, value) !== undefined) return WILDCARD
  const list = parse(STRINGS, value)
  return list && list.length <= 1000 && list.every((name) => name.length >= 1 && name.length <= 256) ? list : undefined
}
const EXPIRY_WORDS: readonly string[] = ['never', ...EXPIRY_PRESETS.map((p) => p.id)]
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

const FIELDS = {
  type: text(100, 1),
  name: text(1000),
  read: nameList,
  write: nameList,
  resources: nameList,
  expiry: (value: unknown) => {
    const parsed = text(40)(value)
    return parsed !== undefined &&
      (EXPIRY_WORDS.includes(parsed) || (ISO_INSTANT.test(parsed) && !Number.isNaN(Date.parse(parsed))))
      ? parsed
      : undefined
  },
}
const KNOWN = new Set(['v', ...Object.keys(FIELDS)])
const FIELD_WORDS: Record<keyof typeof FIELDS, string> = {
  type: 'token type',
  name: 'name',
  read: 'read permissions',
  write: 'write permissions',
  resources: 'resources',
  expiry: 'expiry',
}

export type DraftRead = { ok: true; draft: Draft; notices: string[] } | { ok: false; error: string }

/** Untrusted text shown back to the user: short, on one line. */
export const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/\s+/g, ' ')

/** A link's parameter as a draft; what was dropped from it, in `notices`. */
export function decodeDraft(param: string): DraftRead {
  if (param.length > MAX_DRAFT_LENGTH) {
    return {
      ok: false,
      error: `This link’s draft is too long (${param.length} characters, at most ${MAX_DRAFT_LENGTH}); it was not read.`,
    }
  }
  const damaged = { ok: false, error: 'This link’s draft is damaged (it is not a token draft); it was not read.' } as const
  const text = /^[A-Za-z0-9_-]*$/.test(param) ? fromBase64Url(param) : null
  if (text === null) return damaged
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return damaged
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return damaged
  const raw = value as Record<string, unknown>
  if (raw.v !== VERSION)
    return { ok: false, error: 'This link’s draft is of a version this console does not read; it was not read.' }

  const notices: string[] = []
  const unknown = Object.keys(raw).filter((key) => !KNOWN.has(key))
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 5).map(shown).join(', ')
    notices.push(
      `The link holds fields this console does not know (${listed}${unknown.length > 5 ? ', …' : ''}); they were ignored.`,
    )
  }
  const field = <K extends keyof typeof FIELDS>(key: K): ReturnType<(typeof FIELDS)[K]> => {
    if (raw[key] === undefined) return undefined as ReturnType<(typeof FIELDS)[K]>
    const parsed = FIELDS[key](raw[key]) as ReturnType<(typeof FIELDS)[K]>
    if (parsed === undefined) notices.push(`The link’s ${FIELD_WORDS[key]} could not be read; it was left out.`)
    return parsed
  }
  const type = field('type')
  if (type === undefined) return { ok: false, error: 'This link’s draft names no token type it can use; it was not read.' }
  let name = field('name') ?? ''
  if (looksLikeTokenString(name)) {
    notices.push('The link’s name looks like a token string; it was left out.')
    name = ''
  }
  const expiry = field('expiry')
  return {
    ok: true,
    notices,
    draft: {
      type,
      name,
      read: field('read') ?? [],
      write: field('write') ?? [],
      resources: field('resources') ?? [],
      expiry:
        expiry === undefined
          ? null
          : expiry === 'never'
            ? { kind: 'never' }
            : EXPIRY_PRESETS.some((p) => p.id === expiry)
              ? { kind: 'preset', preset: expiry as (typeof EXPIRY_PRESETS)[number]['id'] }
              : { kind: 'custom', at: new Date(expiry) },
    },
  }
}
