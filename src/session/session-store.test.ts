// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'

import { createSessionStore, restoreSession, type SessionStorages } from './session-store'

let storages: SessionStorages

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
  storages = { tab: sessionStorage, device: localStorage }
})

const session = { baseUrl: 'http://influx:8181', token: 'apiv3_secret', demo: false }
const everything = () => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage })

describe('the session store', () => {
  it('keeps the token for this tab only unless asked to remember it', () => {
    const store = createSessionStore(null, storages)
    store.connect(session)
    expect(JSON.stringify({ ...sessionStorage })).toContain('apiv3_secret')
    expect(JSON.stringify({ ...localStorage })).not.toContain('apiv3_secret')
    expect(restoreSession(storages)).toMatchObject({ ...session, product: 'influxdb3', scope: {} })
  })

  it('names the product and a fresh connection on every connect, never derived from the token', () => {
    const store = createSessionStore(null, storages)
    store.connect(session)
    const first = store.get()
    store.connect(session)
    const second = store.get()
    expect(first?.product).toBe('influxdb3')
    expect(first?.connectionKey).not.toBe(second?.connectionKey)
    expect(first?.connectionKey).not.toContain('apiv3_secret')
    // A token swap on the same server keeps the connection (and so what the page has cached).
    store.replaceToken('apiv3_other')
    expect(store.get()?.connectionKey).toBe(second?.connectionKey)
    store.reconnect('apiv3_third')
    expect(store.get()?.connectionKey).toBe(second?.connectionKey)
  })

  it('restores a session stored before products existed as InfluxDB 3, and keeps a stored product and scope', () => {
    sessionStorage.setItem('influxdb3-console.session', JSON.stringify({ baseUrl: 'http://old:8181', token: 'apiv3_old' }))
    expect(restoreSession(storages)).toMatchObject({ product: 'influxdb3', scope: {}, baseUrl: 'http://old:8181' })
    const store = createSessionStore(null, storages)
    store.connect({ ...session, scope: { org: 'acme' } })
    expect(JSON.parse(sessionStorage.getItem('influxdb3-console.session') ?? '{}')).toMatchObject({
      product: 'influxdb3',
      scope: { org: 'acme' },
    })
  })

  it('writes the token to localStorage when the user opts in', () => {
    const store = createSessionStore(null, storages)
    store.connect(session, { remember: true })
    expect(JSON.stringify({ ...localStorage })).toContain('apiv3_secret')
    expect(store.remembered()).toBe(true)
  })

  it('forgets the token everywhere on disconnect', () => {
    const store = createSessionStore(null, storages)
    store.connect(session, { remember: true })
    store.disconnect()
    expect(everything()).not.toContain('apiv3_secret')
    expect(store.get()).toBeNull()
    expect(restoreSession(storages)).toBeNull()
  })

  it('stores the new token after a swap, and only there', () => {
    const store = createSessionStore(null, storages)
    store.connect(session)
    store.replaceToken('apiv3_new')
    expect(everything()).not.toContain('apiv3_secret')
    expect(store.get()?.token).toBe('apiv3_new')
  })

  it('never stores the demo session', () => {
    const store = createSessionStore(null, storages)
    store.connect({ ...session, demo: true })
    expect(everything()).toBe('{}{}')
  })

  it('marks an expired session with the reason and clears it on a new token', () => {
    const store = createSessionStore(session, storages)
    store.expire('The server rejected the token.')
    expect(store.get()?.expired).toBe('The server rejected the token.')
    store.replaceToken('apiv3_other')
    expect(store.get()?.expired).toBeUndefined()
  })

  it('survives unreadable storage', () => {
    sessionStorage.setItem('influxdb3-console.session', '{not json')
    expect(restoreSession(storages)).toBeNull()
  })
})
