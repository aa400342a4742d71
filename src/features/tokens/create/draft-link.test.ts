import { describe, expect, it } from 'vitest'

import { influxdb2Screens } from '../../../backends/influxdb2/screens'
import { influxdb3Screens } from '../../../backends/influxdb3/screens'
import { decodeDraft, type Draft, encodeDraft, looksLikeTokenString, MAX_DRAFT_LENGTH } from './draft-link'
import { draftSeed } from './draft-seed'
import { NO_RESOURCES } from './resource-choices'

const NOW = Date.UTC(2026, 10, 30)
const types = influxdb3Screens.tokenTypes
const typeOf = (id: string) => {
  const found = types.find((t) => t.id === id)
  if (!found) throw new Error(id)
  return found
}
const param = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const read = (text: string) => {
  const result = decodeDraft(text)
  if (!result.ok) throw new Error(result.error)
  return result
}
const encoded = (result: ReturnType<typeof encodeDraft>) => {
  if (!result.ok) throw new Error(result.reason)
  return result.param
}
const seeded = (draft: Draft, product: 'core' | 'enterprise' = 'enterprise') => {
  const result = draftSeed(draft, types, product, NOW)
  if (!result.ok) throw new Error(result.reason)
  return result
}

describe('a draft link round trip', () => {
  it('gives back the database form it was made from: type, name, grid and preset expiry', () => {
    const text = encoded(
      encodeDraft({
        type: typeOf('database'),
        name: 'telegraf-éü 📈',
        grid: { read: new Set(['weather']), write: '*' },
        resources: NO_RESOURCES,
        expiry: { kind: 'preset', preset: '30d' },
      }),
    )
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    const { draft, notices } = read(text)
    expect(notices).toEqual([])
    const { seed } = seeded(draft)
    expect(seed.type.id).toBe('database')
    expect(seed.name).toBe('telegraf-éü 📈')
    expect(seed.grid).toEqual({ read: new Set(['weather']), write: '*' })
    expect(seed.named).toEqual(['weather'])
    expect(seed.expiry).toEqual({ kind: 'preset', preset: '30d' })
  })

  it('keeps a system token’s endpoints and a custom expiry date', () => {
    const at = new Date(NOW + 5 * 86_400_000)
    const text = encoded(
      encodeDraft({
        type: typeOf('system'),
        name: 'monitor',
        grid: { read: new Set(['ignored']), write: new Set() },
        resources: { all: false, names: new Set(['health', 'ping']) },
        expiry: { kind: 'custom', at },
      }),
    )
    const { seed } = seeded(read(text).draft)
    expect(seed.resources).toEqual({ all: false, names: new Set(['health', 'ping']) })
    expect(seed.expiry).toEqual({ kind: 'custom', at })
    // Only what the type uses travels: the system form's hidden grid does not.
    expect(Buffer.from(text, 'base64url').toString()).not.toContain('ignored')
  })

  it('keeps "never" for an admin token', () => {
    const text = encoded(
      encodeDraft({
        type: typeOf('admin'),
        name: 'ops',
        grid: { read: new Set(), write: new Set() },
        resources: NO_RESOURCES,
        expiry: { kind: 'never' },
      }),
    )
    expect(seeded(read(text).draft).seed.expiry).toEqual({ kind: 'never' })
  })
})

describe('secrets never travel in a link', () => {
  it('recognizes token strings of each product, and not ordinary names', () => {
    expect(looksLikeTokenString(`apiv3_${'a1B2'.repeat(21)}xy`)).toBe(true)
    expect(looksLikeTokenString(`${'Zm9vYmFyQmF6'.repeat(7)}==`)).toBe(true)
    expect(looksLikeTokenString('grafana-reader-production-eu-west-1-cluster-a')).toBe(false)
    expect(looksLikeTokenString('Telegraf writer 2026-11-30')).toBe(false)
  })

  it('refuses to make a link of a form whose name is a pasted token string', () => {
    const result = encodeDraft({
      type: typeOf('admin'),
      name: `apiv3_${'x'.repeat(86)}`,
      grid: { read: new Set(), write: new Set() },
      resources: NO_RESOURCES,
      expiry: { kind: 'never' },
    })
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/never carries one/) as unknown })
  })

  it('drops a token string found in a link’s name, with a notice', () => {
    const { draft, notices } = read(param({ v: 1, type: 'admin', name: `apiv3_${'Q'.repeat(86)}` }))
    expect(draft.name).toBe('')
    expect(notices).toEqual([expect.stringMatching(/looks like a token string/)])
  })
})

describe('reading an untrusted link', () => {
  it.each([
    ['not base64url', 'abc$%^'],
    ['base64 of no JSON', Buffer.from('{"v":1,').toString('base64url')],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')],
    ['a JSON array', param([1, 2])],
    ['a JSON string', param('admin')],
    ['null', param(null)],
  ])('refuses %s as damaged', (_, text) => {
    expect(decodeDraft(text)).toEqual({ ok: false, error: expect.stringMatching(/damaged/) as unknown })
  })

  it('refuses an oversized parameter before decoding it', () => {
    const result = decodeDraft('A'.repeat(MAX_DRAFT_LENGTH + 1))
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too long/) as unknown })
  })

  it('refuses another version, and a draft with no usable type', () => {
    expect(decodeDraft(param({ v: 2, type: 'admin' })).ok).toBe(false)
    expect(decodeDraft(param({ v: 1, type: 42 })).ok).toBe(false)
    expect(decodeDraft(param({ v: 1 })).ok).toBe(false)
  })

  it('ignores unknown fields and unreadable values, saying which', () => {
    const { draft, notices } = read(
      param({ v: 1, type: 'database', name: 7, read: ['a', 5], write: '*', expiry: 'tomorrow', token: 'x', __proto__x: 1 }),
    )
    expect(draft).toMatchObject({ type: 'database', name: '', read: [], write: '*', expiry: null })
    expect(notices).toEqual([
      'The link holds fields this console does not know (token, __proto__x); they were ignored.',
      'The link’s name could not be read; it was left out.',
      'The link’s expiry could not be read; it was left out.',
      'The link’s read permissions could not be read; it was left out.',
    ])
  })

  it('refuses a type this server does not offer, or cannot make on its edition', () => {
    expect(draftSeed(read(param({ v: 1, type: 'root' })).draft, types, 'enterprise', NOW)).toEqual({
      ok: false,
      reason: 'This link asks for a “root” token, which this server does not offer.',
    })
    const core = draftSeed(read(param({ v: 1, type: 'database', read: ['a'] })).draft, types, 'core', NOW)
    expect(core).toEqual({ ok: false, reason: expect.stringMatching(/Enterprise/) as unknown })
    expect(draftSeed(read(param({ v: 1, type: 'database' })).draft, influxdb2Screens.tokenTypes, 'influxdb2', NOW).ok).toBe(false)
  })

  it('drops what the chosen type cannot hold, and asks again for an expiry that has passed', () => {
    const { notices, seed } = seeded(
      read(param({ v: 1, type: 'system', read: ['a'], resources: ['health', 'disk'], expiry: '2020-01-01T00:00:00Z' })).draft,
    )
    expect(seed.resources).toEqual({ all: false, names: new Set(['health']) })
    expect(seed.expiry).toEqual({ kind: 'custom', at: null })
    expect(notices).toEqual([
      'System tokens have no read permissions: the link’s were ignored.',
      'This server has no “disk” to choose; left out.',
      'The link’s expiry date has passed: choose a new one.',
    ])
  })

  it('keeps grants on databases the server may not have, for the form to mark', () => {
    const { seed } = seeded(read(param({ v: 1, type: 'database', read: ['weather', 'nope'], write: ['nope'] })).draft)
    expect(seed.named).toEqual(['weather', 'nope'])
    expect(seed.expiry).toEqual({ kind: 'preset', preset: '90d' })
  })
})
