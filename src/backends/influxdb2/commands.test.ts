import { describe, expect, it } from 'vitest'

import { influxdb2Commands as commands } from './commands'

const context = { baseUrl: 'http://localhost:8086', scope: { orgID: '0a1b2c3d4e5f6071' }, now: new Date() }
const AUTH = `-H "Authorization: Token $INFLUX_TOKEN"`

describe('InfluxDB 2 equivalent commands', () => {
  it('creates an all-access token with --all-access, and says why there is no curl line', () => {
    const command = commands.createToken({ name: 'ci', fullAccess: true, permissions: [], expirySecs: null }, context)
    expect(command.cli).toBe(
      'influx auth create --org-id 0a1b2c3d4e5f6071 --description ci --all-access --host http://localhost:8086',
    )
    expect(command.curl).toBeUndefined()
    expect(command.note).toContain('GET /api/v2/resources')
  })

  it('looks bucket ids up by name, then grants them by id in both lines', () => {
    const command = commands.createToken(
      {
        name: "Bob's telegraf",
        fullAccess: false,
        permissions: [{ resourceType: 'db', resourceNames: ['my bucket'], actions: ['read', 'write'] }],
        expirySecs: null,
      },
      context,
    )
    const lookup = `BUCKET_ID_1=$(curl -s 'http://localhost:8086/api/v2/buckets?orgID=0a1b2c3d4e5f6071&name=my+bucket' ${AUTH} | jq -r '.buckets[0].id')`
    expect(command.cli).toBe(
      [
        lookup,
        `influx auth create --org-id 0a1b2c3d4e5f6071 --description 'Bob'\\''s telegraf' --read-bucket "$BUCKET_ID_1" --write-bucket "$BUCKET_ID_1" --host http://localhost:8086`,
      ].join('\n'),
    )
    expect(command.curl).toBe(
      [
        lookup,
        `curl -X POST http://localhost:8086/api/v2/authorizations \\`,
        `  ${AUTH} \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  --data '{"orgID":"0a1b2c3d4e5f6071","description":"Bob'\\''s telegraf","permissions":[` +
          `{"action":"read","resource":{"type":"buckets","id":"'"$BUCKET_ID_1"'","orgID":"0a1b2c3d4e5f6071"}},` +
          `{"action":"write","resource":{"type":"buckets","id":"'"$BUCKET_ID_1"'","orgID":"0a1b2c3d4e5f6071"}}]}'`,
      ].join('\n'),
    )
  })

  it('grants every bucket with --read-buckets and no lookup', () => {
    const command = commands.createToken(
      {
        name: 'r',
        fullAccess: false,
        permissions: [{ resourceType: 'db', resourceNames: ['*'], actions: ['read'] }],
        expirySecs: null,
      },
      context,
    )
    expect(command.cli).toBe(
      'influx auth create --org-id 0a1b2c3d4e5f6071 --description r --read-buckets --host http://localhost:8086',
    )
    expect(command.curl).toContain(`"permissions":[{"action":"read","resource":{"type":"buckets","orgID":"0a1b2c3d4e5f6071"}}]`)
  })

  it('grants type-wide resources with their flags, and a chosen telegraf by its looked-up id over the API only', () => {
    const wide = commands.createToken(
      {
        name: 'ops',
        fullAccess: false,
        permissions: [
          { resourceType: 'telegrafs', resourceNames: ['*'], actions: ['read'] },
          { resourceType: 'dashboards', resourceNames: ['*'], actions: ['read', 'write'] },
        ],
        expirySecs: null,
      },
      context,
    )
    expect(wide.cli).toBe(
      'influx auth create --org-id 0a1b2c3d4e5f6071 --description ops --read-telegrafs --read-dashboards --write-dashboards --host http://localhost:8086',
    )
    const one = commands.createToken(
      {
        name: 'agent',
        fullAccess: false,
        permissions: [{ resourceType: 'telegrafs', resourceNames: ['factory floor'], actions: ['read'] }],
        expirySecs: null,
      },
      context,
    )
    expect(one.cli).toBeUndefined()
    const lookup = `TELEGRAF_ID_1=$(curl -s 'http://localhost:8086/api/v2/telegrafs?orgID=0a1b2c3d4e5f6071' ${AUTH} | jq -r '.configurations[] | select(.name == "factory floor") | .id')`
    expect(one.curl?.split('\n')[0]).toBe(lookup)
    expect(one.curl).toContain(
      `{"action":"read","resource":{"type":"telegrafs","id":"'"$TELEGRAF_ID_1"'","orgID":"0a1b2c3d4e5f6071"}}`,
    )
    expect(one.note).toContain('Telegraf configuration ids are looked up by name first')
  })

  it('switches a token off, deletes it, and changes its description over the API only', () => {
    const token = { id: '06c86c40a9f36000', name: 'x' }
    expect(commands.setStatus?.(token, 'inactive', context).cli).toBe(
      'influx auth inactive --id 06c86c40a9f36000 --host http://localhost:8086',
    )
    expect(commands.setStatus?.(token, 'active', context).curl).toContain(`--data '{"status":"active"}'`)
    const removal = commands.deleteToken(token, context)
    expect(removal.cli).toBe('influx auth delete --id 06c86c40a9f36000 --host http://localhost:8086')
    expect(removal.curl).toBe(`curl -X DELETE http://localhost:8086/api/v2/authorizations/06c86c40a9f36000 \\\n  ${AUTH}`)
    const described = commands.setDescription?.(token, 'new', context)
    expect(described?.cli).toBeUndefined()
    expect(described?.curl).toContain(`-X PATCH http://localhost:8086/api/v2/authorizations/06c86c40a9f36000`)
  })

  it('creates a bucket and deletes one through its looked-up id', () => {
    const created = commands.createDatabase({ name: 'iot', retention: '30d' }, context)
    expect(created.cli).toBe(
      'influx bucket create --org-id 0a1b2c3d4e5f6071 --name iot --retention 30d --host http://localhost:8086',
    )
    expect(created.curl).toContain(
      `--data '{"orgID":"0a1b2c3d4e5f6071","name":"iot","retentionRules":[{"type":"expire","everySeconds":2592000}]}'`,
    )
    const removed = commands.deleteDatabase('iot', context)
    expect(removed.cli).toBe('influx bucket delete --org-id 0a1b2c3d4e5f6071 --name iot --host http://localhost:8086')
    expect(removed.curl?.split('\n')[1]).toBe('curl -X DELETE http://localhost:8086/api/v2/buckets/"$BUCKET_ID_1" \\')
  })
})
