import { describe, expect, it } from 'vitest'

import { parsePermissions, type Permission } from './permissions'
import { tokenKind } from './token-kinds'

function perms(text: string): Permission[] {
  const result = parsePermissions(text)
  if (!result.ok) throw new Error(result.error)
  return result.permissions
}

describe('tokenKind', () => {
  it('calls _admin with full access the operator token', () => {
    expect(tokenKind('_admin', perms('*:*:*'))).toBe('operator')
  })
  it('calls any other full-access token an admin token', () => {
    expect(tokenKind('ci-admin', perms('*:*:*'))).toBe('admin')
  })
  it('tells database, system and mixed tokens apart', () => {
    expect(tokenKind('a', perms('db:x:read db:y:write'))).toBe('database')
    expect(tokenKind('b', perms('system:health:read'))).toBe('system')
    expect(tokenKind('c', perms('db:x:read system:ping:read'))).toBe('mixed')
  })
  it('calls a token whose permissions cannot be read unreadable, whatever its name', () => {
    expect(tokenKind('_admin', null)).toBe('unreadable')
    expect(tokenKind('odd', null)).toBe('unreadable')
  })
})
