import { describe, expect, it } from 'vitest'

import { formatPermission, formatPermissions, isAdminPermissions, parsePermission, parsePermissions } from './permissions'

function parsed(text: string) {
  const result = parsePermissions(text)
  if (!result.ok) throw new Error(result.error)
  return result.permissions
}

describe('parsePermissions', () => {
  it('reads *:*:* as the admin permission', () => {
    expect(parsed('*:*:*')).toEqual([{ resourceType: '*', resourceNames: ['*'], actions: ['*'] }])
    expect(isAdminPermissions(parsed('*:*:*'))).toBe(true)
  })

  it('reads a plain database permission with several names and actions', () => {
    expect(parsed('db:sensors,weather:read,write')).toEqual([
      { resourceType: 'db', resourceNames: ['sensors', 'weather'], actions: ['read', 'write'] },
    ])
  })

  it('reads a JSON array of permission strings', () => {
    expect(parsed('["db:gf_ha:read", "db:gf_ha:write", "system:health:read"]')).toEqual([
      { resourceType: 'db', resourceNames: ['gf_ha'], actions: ['read'] },
      { resourceType: 'db', resourceNames: ['gf_ha'], actions: ['write'] },
      { resourceType: 'system', resourceNames: ['health'], actions: ['read'] },
    ])
  })

  it('reads several CLI permissions separated by spaces', () => {
    expect(parsed('db:a:read  db:b:write')).toHaveLength(2)
  })

  it('keeps the wildcard database name', () => {
    expect(parsed('db:*:read')).toEqual([{ resourceType: 'db', resourceNames: ['*'], actions: ['read'] }])
    expect(isAdminPermissions(parsed('db:*:read'))).toBe(false)
  })

  it('lower-cases system resource names the way the server matches them', () => {
    expect(parsed('system:Health,PING:read')[0]?.resourceNames).toEqual(['health', 'ping'])
  })

  it.each([
    ['', 'no permissions given'],
    ['db:sensors', 'is not of the form type:names:actions'],
    ['table:x:read', 'unknown resource type "table"'],
    ['db:*,sensors:read', 'mixes * with resource names'],
    ['db:sensors:fly', '"fly" is not a database action'],
    ['system:health:write', '"write" is not a system action'],
    ['system:disk:read', '"disk" is not a system resource'],
    ['*:sensors:read', 'only valid as *:*:*'],
    ['db::read', 'no resource names'],
    ['db:a:', 'no actions'],
    ['[1, 2]', 'array of strings'],
    ['[not json', 'cannot be parsed'],
  ])('rejects %j with a reason', (text, reason) => {
    const result = parsePermissions(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain(reason)
  })
})

describe('formatPermission', () => {
  it('writes the CLI syntax back', () => {
    expect(formatPermission({ resourceType: 'db', resourceNames: ['a', 'b'], actions: ['read', 'write'] })).toBe(
      'db:a,b:read,write',
    )
  })

  it('round-trips every form through parse and format', () => {
    for (const text of ['*:*:*', 'db:a,b:read,write', 'db:*:read system:health,ping:read']) {
      expect(formatPermissions(parsed(text))).toBe(text)
    }
  })

  it('formats JSON-array permissions as space-separated CLI permissions', () => {
    expect(formatPermissions(parsed('["db:x:read","db:y:write"]'))).toBe('db:x:read db:y:write')
  })

  it('accepts the extra database actions the server parser knows', () => {
    const result = parsePermission('db:x:create,describe,delete')
    expect(result.ok).toBe(true)
  })
})
