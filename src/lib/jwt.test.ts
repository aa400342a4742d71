import { describe, expect, it } from 'vitest'

import { readJwt } from './jwt'

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')
const jwt = (header: unknown, claims: unknown, signature = 'c2lnbmF0dXJl') => `${b64url(header)}.${b64url(claims)}.${signature}`

describe('readJwt', () => {
  it('reads the algorithm, the expiry and the issuer', () => {
    const token = jwt({ alg: 'RS256', typ: 'JWT' }, { iss: 'https://cluster.example.com', exp: 1_900_000_000, sub: 'admin' })
    expect(readJwt(token)).toEqual({
      alg: 'RS256',
      expiresAt: new Date(1_900_000_000_000),
      expiryUnreadable: false,
      issuer: 'https://cluster.example.com',
    })
  })

  it('says when there is no expiry, and when the expiry is not a date', () => {
    expect(readJwt(jwt({ alg: 'RS256' }, { sub: 'x' }))).toMatchObject({ expiresAt: null, expiryUnreadable: false, issuer: null })
    expect(readJwt(jwt({ alg: 'RS256' }, { exp: 'tomorrow' }))).toMatchObject({ expiresAt: null, expiryUnreadable: true })
    expect(readJwt(jwt({ alg: 'RS256' }, { exp: 1e300 }))).toMatchObject({ expiresAt: null, expiryUnreadable: true })
  })

  it('keeps fractional seconds of exp, and reads claims written in UTF-8', () => {
    expect(readJwt(jwt({ alg: 'ES256' }, { exp: 1.5, iss: 'émetteur' }))).toMatchObject({
      expiresAt: new Date(1500),
      issuer: 'émetteur',
    })
  })

  it('reads an unsigned token (an empty signature) and a header without alg', () => {
    expect(readJwt(jwt({ alg: 'none' }, {}, ''))).toMatchObject({ alg: 'none' })
    expect(readJwt(jwt({ typ: 'JWT' }, {}))).toMatchObject({ alg: null })
  })

  it.each([
    ['an InfluxDB 3 token', 'apiv3_' + 'a'.repeat(86)],
    ['two parts', `${b64url({ alg: 'RS256' })}.${b64url({})}`],
    ['four parts', `${jwt({ alg: 'RS256' }, {})}.more`],
    ['a header that is not JSON', `${b64url('not json')}.${b64url({})}.sig`],
    ['claims that are an array', jwt({ alg: 'RS256' }, [1, 2])],
    ['standard base64 with padding', `${Buffer.from('{"alg":"RS256"} ').toString('base64')}.e30.sig`],
    ['bytes that are not UTF-8', `${Buffer.from([0xff, 0xfe]).toString('base64url')}.e30.sig`],
  ])('is null for %s', (_what, token) => {
    expect(readJwt(token)).toBeNull()
  })
})
