import { describe, expect, it } from 'vitest'
import { tokensWithAccess } from './database-access'
import { parsePermissions } from './permissions'

const token = (name: string, text: string) => {
  const parsed = parsePermissions(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return { name, permissions: parsed.permissions }
}

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
    const access = tokensWithAccess('sensors', tokens)
    expect(access.named.map((t) => t.name)).toEqual(['grafana', 'writer'])
    expect(access.wildcard.map((t) => t.name)).toEqual(['everything'])
    expect(access.admin.map((t) => t.name)).toEqual(['_admin'])
  })

  it('finds no named token for a database nobody names', () => {
    expect(tokensWithAccess('billing', tokens).named).toEqual([])
  })

  it('matches names exactly, not by prefix', () => {
    expect(tokensWithAccess('sensor', tokens).named).toEqual([])
  })
})
