import { describe, expect, it } from 'vitest'

import { leakMatches, sha512Hex } from './leak-match'

describe('the leak check matcher', () => {
  it('hashes as SHA-512 in lowercase hex', async () => {
    // The SHA-512 of "abc" (FIPS 180-2, appendix C.1).
    expect(await sha512Hex('abc')).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    )
  })

  it('matches the tokens whose fingerprint begins the hash, whatever its case, and no others', async () => {
    const hash = await sha512Hex('abc')
    const tokens = [
      { name: 'leaked', fingerprint: 'ddaf35a19' },
      { name: 'upper', fingerprint: 'DDAF35A19' },
      { name: 'other', fingerprint: 'ddaf35a18' },
      { name: 'no hash', fingerprint: undefined },
      { name: 'empty', fingerprint: '' },
    ]
    expect(leakMatches(hash, tokens).map((t) => t.name)).toEqual(['leaked', 'upper'])
  })
})
