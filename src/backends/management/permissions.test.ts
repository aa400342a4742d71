import { describe, expect, it } from 'vitest'

import { FULL_ACCESS } from '../../lib/permission'
import { fromWire, permissionSyntax, toWire } from './permissions'

describe('management permissions', () => {
  it('groups databases that share their actions, read and write first, * first among names', () => {
    expect(
      fromWire([
        { action: 'write', resource: 'b' },
        { action: 'read', resource: 'weather' },
        { action: 'read', resource: 'b' },
        { action: 'read', resource: '*' },
      ]),
    ).toEqual([
      { resourceType: 'db', resourceNames: ['b'], actions: ['read', 'write'] },
      { resourceType: 'db', resourceNames: ['*', 'weather'], actions: ['read'] },
    ])
  })

  it('reads no entries as no permissions (a no-access token)', () => {
    expect(fromWire([])).toEqual([])
  })

  it('writes one entry per action and database, without repeats; full access is read and write on *', () => {
    expect(
      toWire([
        { resourceType: 'db', resourceNames: ['a', 'b'], actions: ['read', 'write'] },
        { resourceType: 'db', resourceNames: ['a'], actions: ['read'] },
      ]),
    ).toEqual([
      { action: 'read', resource: 'a' },
      { action: 'read', resource: 'b' },
      { action: 'write', resource: 'a' },
      { action: 'write', resource: 'b' },
    ])
    expect(toWire([FULL_ACCESS])).toEqual([
      { action: 'read', resource: '*' },
      { action: 'write', resource: '*' },
    ])
  })

  it('refuses a resource type the management API does not have', () => {
    expect(() => toWire([{ resourceType: 'system', resourceNames: ['health'], actions: ['read'] }])).toThrow(TypeError)
  })

  it("writes influxctl's flags, quoting *", () => {
    expect(
      permissionSyntax.cliArguments(
        fromWire([
          { action: 'write', resource: 'logs/app' },
          { action: 'read', resource: '*' },
        ]),
      ),
    ).toBe("--read-database '*' --write-database logs/app")
  })

  it("parses influxctl's flags, with = or a space, quoted or not", () => {
    expect(permissionSyntax.parse(`--read-database sensors --write-database='*' --read-database "weather"`)).toEqual({
      ok: true,
      permissions: [
        { resourceType: 'db', resourceNames: ['sensors', 'weather'], actions: ['read'] },
        { resourceType: 'db', resourceNames: ['*'], actions: ['write'] },
      ],
    })
  })

  it.each(['', 'db:sensors:read', '--read-database', "--read-database 'sensors"])('refuses %j with a reason', (text) => {
    const result = permissionSyntax.parse(text)
    expect(result.ok).toBe(false)
  })
})
