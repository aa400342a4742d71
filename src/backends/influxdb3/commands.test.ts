import { describe, expect, it } from 'vitest'

import { influxdb3Commands as commands } from './commands'

const context = { baseUrl: 'http://127.0.0.1:8181', scope: {}, now: new Date('2026-01-01T00:00:00Z') }

describe('InfluxDB 3 equivalent commands', () => {
  it('creates a named admin token with the documented flags and the body the adapter sends', () => {
    const command = commands.createToken({ name: "ops team's", fullAccess: true, permissions: [], expirySecs: 2592000 }, context)
    expect(command.cli).toBe(
      `influxdb3 create token --admin --name 'ops team'\\''s' --expiry 2592000s --host http://127.0.0.1:8181`,
    )
    expect(command.curl).toBe(
      [
        `curl -X POST http://127.0.0.1:8181/api/v3/configure/token/named_admin \\`,
        `  -H "Authorization: Bearer $INFLUXDB3_AUTH_TOKEN" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  --data '{"token_name":"ops team'\\''s","expiry_secs":2592000}'`,
      ].join('\n'),
    )
  })

  it('creates a resource token with one --permission per grant, quoted', () => {
    const command = commands.createToken(
      {
        name: 'grafana',
        fullAccess: false,
        permissions: [
          { resourceType: 'db', resourceNames: ['sensors', 'weather'], actions: ['read'] },
          { resourceType: 'db', resourceNames: ['*'], actions: ['write'] },
        ],
        expirySecs: null,
      },
      context,
    )
    expect(command.cli).toBe(
      `influxdb3 create token --permission db:sensors,weather:read --permission 'db:*:write' --name grafana --host http://127.0.0.1:8181`,
    )
    expect(command.curl).toContain('/api/v3/enterprise/configure/token')
    expect(command.curl).toContain(
      `'{"token_name":"grafana","permissions":[{"resource_type":"db","resource_names":["sensors","weather"],"actions":["read"]},{"resource_type":"db","resource_names":["*"],"actions":["write"]}]}'`,
    )
  })

  it('deletes a token by name, the name in the query string encoded', () => {
    const command = commands.deleteToken({ id: '7', name: 'a b$c' }, context)
    expect(command.cli).toBe(`influxdb3 delete token --token-name 'a b$c' --host http://127.0.0.1:8181`)
    expect(command.curl?.split('\n')[0]).toBe(
      `curl -X DELETE 'http://127.0.0.1:8181/api/v3/configure/token?token_name=a+b%24c' \\`,
    )
  })

  it('regenerates the operator token', () => {
    const command = commands.regenerateOperator?.(context)
    expect(command?.cli).toBe('influxdb3 create token --admin --regenerate --host http://127.0.0.1:8181')
    expect(command?.curl).toContain('-X POST http://127.0.0.1:8181/api/v3/configure/token/admin/regenerate')
  })

  it('creates, changes and deletes a database', () => {
    expect(commands.createDatabase({ name: 'sensors', retention: '30d' }, context).cli).toBe(
      'influxdb3 create database --retention-period 30d sensors --host http://127.0.0.1:8181',
    )
    const change = commands.changeDatabase('sensors', { retention: null }, context)
    expect(change.cli).toBe('influxdb3 update database --database sensors --retention-period none --host http://127.0.0.1:8181')
    expect(change.curl).toContain(`--data '{"db":"sensors","retention_period":null}'`)
    const removal = commands.deleteDatabase('sensors', context, 'now')
    expect(removal.cli).toBe('influxdb3 delete database --hard-delete now sensors --host http://127.0.0.1:8181')
    expect(removal.curl).toContain(`'http://127.0.0.1:8181/api/v3/configure/database?db=sensors&hard_delete_at=now'`)
  })
})
