import { describe, expect, it } from 'vitest'

import { checkTokenFile, MAX_TOKEN_FILE_BYTES, tokenFileTooLarge } from './token-file'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const JWT = `${b64url({ alg: 'RS256' })}.${b64url({ exp: 1_900_000_000, iss: 'influxdata' })}.c2ln`

describe('checkTokenFile', () => {
  it('finds the token under access_token, as an OAuth2 token object holds it, and reads it as a JWT', () => {
    const file = JSON.stringify({ access_token: JWT, token_type: 'Bearer', expiry: '2030-03-17T17:46:40.123456789Z' })
    expect(checkTokenFile(file)).toEqual({
      kind: 'token',
      key: 'access_token',
      jwt: { alg: 'RS256', expiresAt: new Date(1_900_000_000_000), expiryUnreadable: false, issuer: 'influxdata' },
      fileExpiry: new Date('2030-03-17T17:46:40.123Z'),
    })
  })

  it('finds it under token, and accepts a token that is not a JWT', () => {
    expect(checkTokenFile('{"token": "apiv3_abc", "other": 1}')).toEqual({
      kind: 'token',
      key: 'token',
      jwt: null,
      fileExpiry: null,
    })
  })

  it('reads Go’s zero time in expiry as no expiry', () => {
    expect(checkTokenFile(JSON.stringify({ access_token: 'x', expiry: '0001-01-01T00:00:00Z' }))).toMatchObject({
      fileExpiry: null,
    })
  })

  it('says where a text stops being JSON, and when it is a bare JWT', () => {
    expect(checkTokenFile('{\n  "access_token": "abc",\n}')).toEqual({
      kind: 'not-json',
      error: { offset: 27, line: 3, column: 1, expected: 'a property name in double quotes' },
      bareJwt: false,
    })
    expect(checkTokenFile(`${JWT}\n`)).toMatchObject({ kind: 'not-json', bareJwt: true })
  })

  it('tells an empty file and JSON that is not an object apart', () => {
    expect(checkTokenFile(' \n')).toEqual({ kind: 'empty' })
    expect(checkTokenFile('[1]')).toEqual({ kind: 'not-an-object', found: 'an array' })
    expect(checkTokenFile(JSON.stringify(JWT))).toEqual({ kind: 'not-an-object', found: 'a string' })
    expect(checkTokenFile('null')).toEqual({ kind: 'not-an-object', found: 'null' })
  })

  it('lists the plain keys of an object without a token field, and only counts the others', () => {
    const file = { refresh_token: 'r', [JWT]: 1, 'a key with spaces': 2 }
    expect(checkTokenFile(JSON.stringify(file))).toEqual({ kind: 'no-token-field', keys: ['refresh_token'], otherKeys: 2 })
    expect(checkTokenFile('{}')).toEqual({ kind: 'no-token-field', keys: [], otherKeys: 0 })
  })

  it.each([
    ['{"access_token": ""}', 'an empty string'],
    ['{"access_token": "   "}', 'only spaces'],
    ['{"token": 42}', 'a number'],
    ['{"token": {"access_token": "x"}}', 'an object'],
    ['{"token": null}', 'null'],
  ])('says what the token field holds when it is no token: %s', (file, found) => {
    expect(checkTokenFile(file)).toMatchObject({ kind: 'token-not-a-string', found })
  })

  it('never answers with the token or the file’s text', () => {
    const secret = 'apiv3_' + 'S'.repeat(86)
    const files = [
      JSON.stringify({ access_token: secret }),
      `{"access_token": "${secret}",}`,
      `{"access_token": ${secret}}`,
      secret,
      JSON.stringify({ [secret]: 1 }),
      JSON.stringify(secret),
    ]
    for (const file of files) expect(JSON.stringify(checkTokenFile(file))).not.toContain('SSSS')
  })

  it('refuses files too large to be a token file, from their size alone', () => {
    expect(tokenFileTooLarge(MAX_TOKEN_FILE_BYTES)).toBeNull()
    expect(tokenFileTooLarge(MAX_TOKEN_FILE_BYTES + 1)).toEqual({ kind: 'too-large', bytes: MAX_TOKEN_FILE_BYTES + 1 })
    expect(checkTokenFile(' '.repeat(MAX_TOKEN_FILE_BYTES + 1))).toMatchObject({ kind: 'too-large' })
  })
})
