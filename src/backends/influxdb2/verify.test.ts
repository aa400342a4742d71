// The connect check against the InfluxDB 2 mock: one message per failure.
import { beforeEach, describe, expect, it } from 'vitest'

import { resetInfluxdb2Mock } from '../../mocks/node'
import type { SeededInfluxdb2 } from './mock/seed'
import { MESSAGES, verifyConnection } from './verify'

const baseUrl = 'http://influxdb2.test'
let seeded: SeededInfluxdb2

beforeEach(() => {
  seeded = resetInfluxdb2Mock('demo')
})

const verify = (token: string) => verifyConnection({ baseUrl, token, mode: 'direct' })

function tokenWith(
  permissions: Parameters<SeededInfluxdb2['mock']['store']['addAuth']>[0]['permissions'],
  status: 'active' | 'inactive' = 'active',
) {
  const { store } = seeded.mock
  return store.addAuth({
    status,
    description: '',
    orgID: seeded.org?.id ?? '',
    userID: store.userNamed('admin')?.id ?? '',
    permissions,
  }).token
}

describe('connecting to InfluxDB 2', () => {
  it('accepts the operator token and says which server it is', async () => {
    expect(await verify(seeded.operatorToken ?? '')).toMatchObject({ ok: true, info: { product: 'influxdb2', version: '2.9.1' } })
  })

  it('says a token the server does not know is not valid', async () => {
    expect(await verify('nope')).toMatchObject({ ok: false, title: MESSAGES.invalid })
  })

  it('says an inactive token is inactive', async () => {
    expect(await verify(tokenWith([{ action: 'read', resource: { type: 'users' } }], 'inactive'))).toMatchObject({
      ok: false,
      title: MESSAGES.inactive,
    })
  })

  it('says a token that may not read its user may not manage tokens, with the server’s words', async () => {
    const result = await verify(tokenWith([{ action: 'read', resource: { type: 'buckets' } }]))
    expect(result).toMatchObject({ ok: false, title: MESSAGES.notPermitted })
    expect(!result.ok && result.detail).toContain('is unauthorized')
  })

  it('says a token that can read no token may not manage tokens', async () => {
    expect(await verify(tokenWith([{ action: 'read', resource: { type: 'users' } }]))).toMatchObject({
      ok: false,
      title: MESSAGES.notPermitted,
    })
  })
})
