import { describe, expect, it } from 'vitest'

import { FULL_ACCESS } from '../../lib/permission'
import { OSS_RESOURCE_TYPES } from './mock/permissions'
import { allAccessWire, fromWire, isAllAccess, permissionText, toWire } from './permissions'
import type { PermissionWire } from './wire'

const ORG = '0000000000000a01'
const ME = '0000000000000b01'
const TYPES = [...OSS_RESOURCE_TYPES]
const write = { orgID: ORG, userID: ME, bucketIds: new Map([['telemetry', '000000000000c001']]), resourceTypes: TYPES }
const read = { orgID: ORG, resourceTypes: TYPES }

describe('v2 permissions in the console’s terms', () => {
  it('writes the server’s permission text', () => {
    expect(permissionText({ action: 'read', resource: { type: 'buckets', orgID: ORG, id: '000000000000c001' } })).toBe(
      `read:orgs/${ORG}/buckets/000000000000c001`,
    )
    expect(permissionText({ action: 'write', resource: { type: 'users', id: ME } })).toBe(`write:users/${ME}`)
    expect(permissionText({ action: 'read', resource: { type: 'orgs' } })).toBe('read:orgs')
  })

  it('reads the UI’s All Access set as full access, and not once one type is missing', () => {
    const all = allAccessWire(write) as PermissionWire[]
    expect(isAllAccess(all, read)).toBe(true)
    expect(fromWire(all, read)).toEqual([FULL_ACCESS])
    expect(
      isAllAccess(
        all.filter((p) => p.resource.type !== 'telegrafs'),
        read,
      ),
    ).toBe(false)
  })

  it('does not read another org’s All Access set as full access here', () => {
    expect(isAllAccess(allAccessWire({ ...write, orgID: '0000000000000a02' }) as PermissionWire[], read)).toBe(false)
  })

  it('reads a grant held through the instance type as covering every type', () => {
    expect(
      isAllAccess(
        [
          { action: 'read', resource: { type: 'instance' } },
          { action: 'write', resource: { type: 'instance' } },
        ],
        read,
      ),
    ).toBe(true)
  })
})

describe('drafts as v2 permissions', () => {
  it('sends every bucket as the type in the org, and named buckets by id', () => {
    expect(toWire([{ resourceType: 'db', resourceNames: ['*'], actions: ['read'] }], write)).toEqual([
      { action: 'read', resource: { type: 'buckets', orgID: ORG } },
    ])
    expect(toWire([{ resourceType: 'db', resourceNames: ['telemetry'], actions: ['*'] }], write)).toEqual([
      { action: 'read', resource: { type: 'buckets', id: '000000000000c001', orgID: ORG } },
      { action: 'write', resource: { type: 'buckets', id: '000000000000c001', orgID: ORG } },
    ])
  })

  it('scopes all orgs to this org and all users to the caller, as the UI does', () => {
    expect(toWire([{ resourceType: 'orgs', resourceNames: ['*'], actions: ['read'] }], write)).toEqual([
      { action: 'read', resource: { type: 'orgs', id: ORG } },
    ])
    expect(toWire([{ resourceType: 'users', resourceNames: ['*'], actions: ['write'] }], write)).toEqual([
      { action: 'write', resource: { type: 'users', id: ME } },
    ])
  })

  it.each([
    [{ resourceType: 'system', resourceNames: ['*'], actions: ['read'] }, 'no resource type system'],
    [{ resourceType: 'instance', resourceNames: ['*'], actions: ['read'] }, 'no resource type instance'],
    [{ resourceType: 'db', resourceNames: ['*'], actions: ['delete'] }, 'no action delete'],
  ])('refuses %j', (permission, message) => {
    expect(() => toWire([permission], write)).toThrow(message)
  })

  it('sends chosen telegrafs by id, and refuses a name two configurations share', () => {
    const withTelegrafs = {
      ...write,
      telegrafIds: new Map<string, string | null>([
        ['factory', '000000000000d001'],
        ['twin', null],
      ]),
    }
    expect(toWire([{ resourceType: 'telegrafs', resourceNames: ['factory'], actions: ['read'] }], withTelegrafs)).toEqual([
      { action: 'read', resource: { type: 'telegrafs', id: '000000000000d001', orgID: ORG } },
    ])
    expect(() => toWire([{ resourceType: 'telegrafs', resourceNames: ['twin'], actions: ['read'] }], withTelegrafs)).toThrow(
      'Two Telegraf configurations are named twin',
    )
    expect(() => toWire([{ resourceType: 'telegrafs', resourceNames: ['gone'], actions: ['read'] }], withTelegrafs)).toThrow(
      'no Telegraf configuration named gone',
    )
  })

  it('reads a telegraf grant by the configuration’s name, and keeps the id of one that is gone', () => {
    const wire: PermissionWire[] = [
      { action: 'read', resource: { type: 'telegrafs', id: '000000000000d001', orgID: ORG } },
      { action: 'read', resource: { type: 'telegrafs', id: '000000000000d002', orgID: ORG } },
    ]
    expect(fromWire(wire, { ...read, telegrafNames: new Map([['000000000000d001', 'factory']]) })).toEqual([
      {
        resourceType: 'telegrafs',
        resourceNames: ['factory', '000000000000d002'],
        actions: ['read'],
        unresolved: ['000000000000d002'],
      },
    ])
  })

  it('round-trips a mixed set', () => {
    const permissions = [
      { resourceType: 'db', resourceNames: ['telemetry'], actions: ['read', 'write'] },
      { resourceType: 'telegrafs', resourceNames: ['*'], actions: ['read'] },
    ]
    // As the server answers them: a bucket's name resolved beside its id.
    const answered = (toWire(permissions, write) as PermissionWire[]).map((p) =>
      p.resource.id === '000000000000c001' ? { ...p, resource: { ...p.resource, name: 'telemetry' } } : p,
    )
    expect(fromWire(answered, read)).toEqual(permissions)
  })

  it('reads a bucket grant by the name the server resolved, and keeps the id of a bucket that is gone', () => {
    const wire: PermissionWire[] = [
      { action: 'write', resource: { type: 'buckets', id: '000000000000c001', orgID: ORG, name: 'telemetry', org: 'acme' } },
      { action: 'write', resource: { type: 'buckets', id: '000000000000c009', orgID: ORG } },
    ]
    expect(fromWire(wire, read)).toEqual([
      {
        resourceType: 'db',
        resourceNames: ['telemetry', '000000000000c009'],
        actions: ['write'],
        unresolved: ['000000000000c009'],
      },
    ])
  })
})
