/**
 * Where a secret might remain once the one-time reveal closes: every place the page can still
 * see — storage of each kind, cookies, the URL and history, the DOM and form fields, resource
 * timings, the TanStack Query cache — read as text, so a probe can look for a token string in all.
 */
import type { Page } from '@playwright/test'

import { expect, type PageLog } from '../fixtures'
import { TOKEN_STRING } from '../pages/tokens'
import { queryClientHandle } from './query-client'

/**
 * The app's TanStack Query cache as text: every query's key, data and error, every mutation's
 * variables, data, context and error (Sets and Maps as arrays, Errors with their message).
 */
export async function queryCacheText(page: Page): Promise<string> {
  const client = await queryClientHandle(page)
  try {
    return await client.evaluate((queryClient) => {
      const replacer = (_key: string, value: unknown) =>
        value instanceof Set || value instanceof Map
          ? [...value]
          : value instanceof Error
            ? { ...value, name: value.name, message: value.message }
            : value
      const queries = queryClient
        .getQueryCache()
        .getAll()
        .map((query) => ({
          key: query.queryKey,
          data: query.state.data,
          error: query.state.error,
        }))
      const mutations = queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => ({
          variables: mutation.state.variables,
          data: mutation.state.data,
          context: mutation.state.context,
          error: mutation.state.error,
        }))
      if (queries.length === 0) throw new Error('query cache probe: the query cache is empty; is the app connected?')
      return JSON.stringify({ queries, mutations }, replacer)
    })
  } finally {
    await client.dispose()
  }
}

/** Everything the page can still see that could hold a copy of a secret, as text per place. */
export async function readPlaces(page: Page): Promise<Record<string, string>> {
  const inPage = await page.evaluate(async () => {
    const storage = (s: Storage) => JSON.stringify(Object.entries(s))

    const indexedDb: string[] = []
    for (const info of await indexedDB.databases()) {
      const name = info.name
      if (!name) continue
      indexedDb.push(name)
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`))
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store, 'readonly').objectStore(store).getAll()
          all.onsuccess = () => resolve(all.result)
          all.onerror = () => reject(all.error ?? new Error(`cannot read ${store}`))
        })
        indexedDb.push(store, JSON.stringify(values))
      }
      db.close()
    }

    const cacheStorage: string[] = []
    for (const key of await caches.keys()) {
      cacheStorage.push(key)
      const cache = await caches.open(key)
      for (const request of await cache.keys()) {
        const response = await cache.match(request)
        cacheStorage.push(request.url, response ? await response.text() : '')
      }
    }

    return {
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      indexedDB: indexedDb.join('\n'),
      cacheStorage: cacheStorage.join('\n'),
      documentCookie: document.cookie,
      'location.href': location.href,
      'document.title': document.title,
      'history.state': JSON.stringify(history.state),
      'window.name': window.name,
      DOM: document.documentElement.outerHTML,
      'form field values': Array.from(document.querySelectorAll('input, textarea'), (field) =>
        field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '',
      ).join('\n'),
      'resource timing URLs': performance
        .getEntries()
        .map((entry) => entry.name)
        .join('\n'),
    }
  })
  return {
    ...inPage,
    cookies: JSON.stringify(await page.context().cookies()),
    'TanStack Query cache': await queryCacheText(page),
  }
}

/** Looks for `secret` in every place the app could have left it; returns the places that have it. */
export async function placesHolding(page: Page, log: PageLog, secret: string): Promise<string[]> {
  const places = {
    ...(await readPlaces(page)),
    'URLs the page showed (history entries)': log.urls.join('\n'),
    'request URLs': log.requests.map((request) => request.url()).join('\n'),
    'console messages': (await log.consoleMessages()).join('\n'),
  }
  return Object.entries(places)
    .filter(([, text]) => text.includes(secret))
    .map(([place]) => place)
}

/**
 * The secret survives only in the test's own variable (and the clipboard the user copied to).
 * `shape` is the product's token string (InfluxDB 3's by default), so a probe never searches for
 * something that is not a token.
 */
export async function expectSecretGone(page: Page, log: PageLog, secret: string, shape: RegExp = TOKEN_STRING): Promise<void> {
  expect(secret).toMatch(shape)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(await placesHolding(page, log, secret), 'places that still hold the token string').toEqual([])
}
