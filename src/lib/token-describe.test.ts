import { describe, expect, it } from 'vitest'

import { parsePermissions, type Permission } from '../backends/influxdb3/permissions'
import { databaseAccess, describeExpiry, describePermissions, expiryStatus } from './token-describe'

function perms(text: string): Permission[] {
  const result = parsePermissions(text)
  if (!result.ok) throw new Error(result.error)
  return result.permissions
}

const now = Date.parse('2026-11-24T12:00:00Z')

describe('describePermissions', () => {
  it.each([
    ['*:*:*', ['Full access']],
    ['db:sensors,weather:read,write', ['Read, Write · sensors, weather']],
    ['db:*:read', ['Read · all databases, including future ones']],
    ['system:health,ping:read', ['System read · health, ping']],
    ['system:*:read', ['System read · all system endpoints']],
    ['db:a:read db:b:write', ['Read · a', 'Write · b']],
  ])('describes %s in plain words', (text, words) => {
    expect(describePermissions(perms(text))).toEqual(words)
  })
})

describe('expiry', () => {
  it('says Never for a token without expiry', () => {
    expect(describeExpiry(undefined, now)).toBe('Never')
    expect(expiryStatus(undefined, now)).toBe('never')
  })

  it('says when a live token expires, and flags the last seven days', () => {
    expect(describeExpiry(Date.parse('2026-11-27T12:00:00Z'), now)).toBe('in 3 days')
    expect(expiryStatus(Date.parse('2026-11-27T12:00:00Z'), now)).toBe('expiring')
    expect(expiryStatus(Date.parse('2027-01-27T12:00:00Z'), now)).toBe('active')
  })

  it('gives the date of an expired token, and treats the exact expiry instant as expired', () => {
    expect(describeExpiry(Date.parse('2026-05-01T08:00:00Z'), now)).toBe('Expired 2026-05-01')
    expect(expiryStatus(now, now)).toBe('expired')
  })
})

describe('databaseAccess', () => {
  it('collects named databases and notices wildcards and admin tokens', () => {
    expect(databaseAccess(perms('db:a,b:read db:b:write'))).toEqual({ all: false, names: ['a', 'b'] })
    expect(databaseAccess(perms('db:*:read')).all).toBe(true)
    expect(databaseAccess(perms('*:*:*')).all).toBe(true)
    expect(databaseAccess(perms('system:health:read'))).toEqual({ all: false, names: [] })
  })

  it('claims nothing for permissions the console cannot read', () => {
    expect(databaseAccess(null)).toEqual({ all: false, names: [] })
  })
})
