import { describe, expect, it } from 'vitest'

import { managementCommands } from './commands'

const dedicated = managementCommands('cloud-dedicated')
const clustered = managementCommands('clustered')
const context = {
  baseUrl: 'https://console.influxdata.com',
  scope: { accountId: 'acc-1', clusterId: 'clu-2' },
  now: new Date('2026-01-01T00:00:00Z'),
}
const PREFIX = 'https://console.influxdata.com/api/v0/accounts/acc-1/clusters/clu-2'

describe('management API equivalent commands', () => {
  it('creates a token with influxctl flags, the expiry as RFC 3339, and the body the adapter sends', () => {
    const command = dedicated.createToken(
      {
        name: 'Read "sensors" & write all',
        fullAccess: false,
        permissions: [
          { resourceType: 'db', resourceNames: ['*'], actions: ['write'] },
          { resourceType: 'db', resourceNames: ['sensors'], actions: ['read'] },
        ],
        expirySecs: 86400,
      },
      context,
    )
    expect(command.cli).toBe(
      `influxctl token create --read-database sensors --write-database '*' --expires-at 2026-01-02T00:00:00Z 'Read "sensors" & write all'`,
    )
    expect(command.curl).toBe(
      [
        `curl -X POST ${PREFIX}/tokens \\`,
        `  -H "Authorization: Bearer $MANAGEMENT_TOKEN" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  --data '{"description":"Read \\"sensors\\" & write all","permissions":[{"action":"write","resource":"*"},{"action":"read","resource":"sensors"}],"expirationType":"datetime","expiresAt":"2026-01-02T00:00:00Z"}'`,
      ].join('\n'),
    )
  })

  it('revokes, lists revoked tokens and replaces permissions by id', () => {
    const token = { id: 'tok-9', name: 'x' }
    expect(dedicated.deleteToken(token, context).cli).toBe('influxctl token revoke tok-9')
    expect(dedicated.deleteToken(token, context).curl).toBe(
      `curl -X DELETE ${PREFIX}/tokens/tok-9 \\\n  -H "Authorization: Bearer $MANAGEMENT_TOKEN"`,
    )
    expect(dedicated.listTokens(context).cli).toBe('influxctl token list --include-revoked')
    const change = dedicated.setPermissions?.(
      token,
      [{ resourceType: 'db', resourceNames: ['a'], actions: ['read', 'write'] }],
      context,
    )
    expect(change?.cli).toBe('influxctl token update --read-database a --write-database a tok-9')
    expect(change?.curl).toContain(
      `--data '{"permissions":[{"action":"read","resource":"a"},{"action":"write","resource":"a"}]}'`,
    )
  })

  it('creates and updates a database with retention and limits', () => {
    const created = dedicated.createDatabase({ name: 'iot', retention: '30d', limits: { maxTables: 300 } }, context)
    expect(created.cli).toBe('influxctl database create --retention-period 30d --max-tables 300 iot')
    expect(created.curl).toContain(`--data '{"name":"iot","maxTables":300,"retentionPeriod":2592000000000000}'`)
    const changed = dedicated.changeDatabase('iot', { retention: null, limits: { maxColumnsPerTable: 150 } }, context)
    expect(changed.cli).toBe('influxctl database update --retention-period 0d --max-columns 150 iot')
    expect(changed.curl).toContain(`--data '{"maxColumnsPerTable":150,"retentionPeriod":0}'`)
    expect(dedicated.deleteDatabase('iot', context).cli).toBe('influxctl database delete iot')
  })

  it('addresses Clustered at its documented path and says where else it may be', () => {
    const command = clustered.deleteToken({ id: 'tok-9', name: 'x' }, { ...context, baseUrl: 'https://cluster.example.com' })
    expect(command.curl?.split('\n')[0]).toBe('curl -X DELETE https://cluster.example.com/api/v0/tokens/tok-9 \\')
    expect(command.note).toContain('/api/v0/accounts/')
  })
})
