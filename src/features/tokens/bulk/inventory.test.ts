import { describe, expect, it } from 'vitest'

import type { Token } from '../../../backends/domain'
import {
  csvCell,
  inventoryCsv,
  inventoryFileName,
  inventoryJson,
  inventoryRows,
  SecretInExportError,
  serverLabel,
} from './inventory'

const NOW = Date.UTC(2026, 4, 1)
const DAY = 86_400_000

function token(overrides: Partial<Token> = {}): Token {
  return {
    id: '7',
    name: 'grafana',
    fingerprint: 'abc123def',
    createdAt: NOW - 10 * DAY,
    expiresAt: NOW + 30 * DAY,
    permissions: [],
    permissionsText: 'db:sensors:read',
    ...overrides,
  }
}

const HEADER = { server: 'https://influx.example.com:8181', product: 'InfluxDB 3 Enterprise 3.9.0', exportedAt: new Date(NOW) }
const kindOf = () => 'database'

describe('the inventory export', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell('plain-name')).toBe('plain-name')
  })

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('')).toBe('')
  })

  it('writes server, product and time as leading comment lines, then the columns and one line per token', () => {
    const csv = inventoryCsv(
      HEADER,
      inventoryRows([token(), token({ id: '8', name: '=cmd', expiresAt: undefined })], kindOf, NOW),
    )
    const lines = csv.split('\r\n')
    expect(lines.slice(0, 6)).toEqual([
      '# InfluxDB token inventory (metadata only: no token strings)',
      '# server: https://influx.example.com:8181',
      '# product: InfluxDB 3 Enterprise 3.9.0',
      '# exported: 2026-05-01T00:00:00.000Z',
      '# tokens: 2',
      'id,name,kind,permissions,created,expires,expiry,status,fingerprint,owner',
    ])
    expect(lines[6]).toBe(
      '7,grafana,database,db:sensors:read,2026-04-21T00:00:00.000Z,2026-05-31T00:00:00.000Z,active,active,abc123def,',
    )
    expect(lines[7]).toBe("8,'=cmd,database,db:sensors:read,2026-04-21T00:00:00.000Z,,never,active,abc123def,")
    expect(lines[8]).toBe('')
  })

  it('keeps a header line on one line whatever the server’s name holds', () => {
    const csv = inventoryCsv({ ...HEADER, product: 'InfluxDB\r\n=evil' }, [])
    expect(csv.split('\r\n')[2]).toBe('# product: InfluxDB =evil')
  })

  it('writes JSON with a header object and the tokens’ metadata', () => {
    const json = JSON.parse(
      inventoryJson(HEADER, inventoryRows([token({ status: 'inactive', owner: { id: '1', name: 'ops' } })], kindOf, NOW)),
    ) as { inventory: unknown; tokens: unknown }
    expect(json.inventory).toEqual({
      kind: 'InfluxDB token inventory',
      note: 'Metadata only: no token strings.',
      server: 'https://influx.example.com:8181',
      product: 'InfluxDB 3 Enterprise 3.9.0',
      exportedAt: '2026-05-01T00:00:00.000Z',
      tokens: 1,
    })
    expect(json.tokens).toEqual([
      {
        id: '7',
        name: 'grafana',
        kind: 'database',
        permissions: 'db:sensors:read',
        created: '2026-04-21T00:00:00.000Z',
        expires: '2026-05-31T00:00:00.000Z',
        expiry: 'active',
        status: 'inactive',
        fingerprint: 'abc123def',
        owner: 'ops',
      },
    ])
  })

  it('exports only the fields it names, whatever else a token object carries', () => {
    const leaky = { ...token(), token: 'apiv3_' + 'x'.repeat(86), secret: 'hunter2' } as Token
    const text =
      inventoryJson(HEADER, inventoryRows([leaky], kindOf, NOW)) + inventoryCsv(HEADER, inventoryRows([leaky], kindOf, NOW))
    expect(text).not.toContain('apiv3_')
    expect(text).not.toContain('hunter2')
  })

  it('stops the export when any value looks like a token string of any product', () => {
    const v3 = 'apiv3_' + 'A'.repeat(86)
    const v2 = 'b'.repeat(86) + '=='
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'
    for (const leak of [{ name: v3 }, { permissionsText: `read ${v2}` }, { name: `my ${jwt}` }]) {
      expect(() => inventoryRows([token(leak)], kindOf, NOW)).toThrow(SecretInExportError)
    }
  })

  it('writes the server without credentials, query or fragment', () => {
    expect(serverLabel('https://user:pass@influx.example.com:8181/?token=abc#x')).toBe('https://influx.example.com:8181')
    expect(serverLabel('The demo\nserver')).toBe('The demo server')
  })

  it('names the file by the time of export', () => {
    expect(inventoryFileName(new Date(NOW + 1234), 'csv')).toBe('influxdb-tokens-2026-05-01T00-00-01Z.csv')
  })
})
