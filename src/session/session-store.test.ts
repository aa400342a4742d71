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
    expect(restoreSession(storages)).toEqual(session)
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
