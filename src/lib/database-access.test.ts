import { describe, expect, it } from 'vitest'

import { parsePermissions } from '../backends/influxdb3/permissions'
import { tokensWithAccess } from './database-access'

const token = (name: string, text: string) => {
  const parsed = parsePermissions(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return { name, permissions: parsed.permissions }
}

const NOW = Date.parse('2026-11-24T12:00:00Z')

const tokens = [
  token('_admin', '*:*:*'),
  token('grafana', 'db:sensors,weather:read'),
  token('writer', 'db:weather:read db:sensors:write'),
  token('everything', 'db:*:read'),
  token('probe', 'system:health:read'),
  token('other', 'db:logs:write'),
]

describe('tokensWithAccess', () => {
  it('separates tokens naming the database from wildcard and admin tokens', () => {
    const access = tokensWithAccess('sensors', tokens, NOW)
    expect(access.named.map((t) => t.name)).toEqual(['grafana', 'writer'])
    expect(access.wildcard.map((t) => t.name)).toEqual(['everything'])
    expect(access.admin.map((t) => t.name)).toEqual(['_admin'])
  })

  it('finds no named token for a database nobody names', () => {
    expect(tokensWithAccess('billing', tokens, NOW).named).toEqual([])
  })

  it('leaves out revoked tokens, which grant nothing though they stay listed', () => {
    const revoked = { ...token('old-writer', 'db:sensors:write'), status: 'revoked' }
    const live = { ...token('new-writer', 'db:sensors:write'), status: 'active' }
    expect(tokensWithAccess('sensors', [revoked, live], NOW).named.map((t) => t.name)).toEqual(['new-writer'])
  })

  it('leaves out expired tokens, which grant nothing', () => {
    const expired = { ...token('old-writer', 'db:sensors:write'), expiresAt: NOW - 1000 }
    const live = { ...token('new-writer', 'db:sensors:write'), expiresAt: NOW + 1000 }
    expect(tokensWithAccess('sensors', [expired, live], NOW).named.map((t) => t.name)).toEqual(['new-writer'])
  })

  it('lists live tokens with unreadable permissions apart: they may reach the database or not', () => {
    const odd = { name: 'odd', permissions: null }
    const gone = { name: 'gone', permissions: null, expiresAt: NOW - 1 }
    const access = tokensWithAccess('sensors', [...tokens, odd, gone], NOW)
    expect(access.unreadable.map((t) => t.name)).toEqual(['odd'])
    expect(access.named.map((t) => t.name)).toEqual(['grafana', 'writer'])
  })

  it('matches names exactly, not by prefix', () => {
    expect(tokensWithAccess('sensor', tokens, NOW).named).toEqual([])
  })
})
