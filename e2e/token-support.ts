/**
 * Shared pieces of the token journeys: a probe that looks for a token string everywhere the page
 * could have put it, and locators for the token table.
 */
import type { JSHandle, Locator, Page } from '@playwright/test'
import { expect, type PageLog } from './fixtures'

/** `apiv3_` + base64url of 64 random bytes, as the server makes it. */
export const TOKEN_STRING = /^apiv3_[A-Za-z0-9_-]{86}$/

/** The parts of TanStack Query's QueryClient the probes use. */
interface QueryClientLike {
  getQueryCache: () => { getAll: () => { queryKey: unknown; state: Record<string, unknown> }[] }
  getMutationCache: () => { getAll: () => { state: Record<string, unknown> }[] }
  setQueryData: (key: unknown[], data: unknown) => unknown
}

/**
 * The app's QueryClient, which the app does not expose (nor should it): found by walking the
 * React fiber tree from `#root` to the QueryClientProvider's `client` prop, which production
 * builds keep too. Throws when it cannot be found, so a probe that looks nowhere never passes.
 */
export async function queryClientHandle(page: Page): Promise<JSHandle<QueryClientLike>> {
  return page.evaluateHandle(() => {
    interface Fiber {
      child: Fiber | null
      sibling: Fiber | null
      memoizedProps: unknown
    }
    const isClient = (value: unknown): value is QueryClientLike =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Partial<QueryClientLike>).getQueryCache === 'function' &&
      typeof (value as Partial<QueryClientLike>).getMutationCache === 'function'

    const root = document.getElementById('root')
    const key = root && Object.keys(root).find((name) => name.startsWith('__reactContainer$'))
    if (!root || !key) throw new Error('query cache probe: #root is not a React root (no __reactContainer$ key)')
    const pending: (Fiber | null)[] = [(root as unknown as Record<string, Fiber>)[key] ?? null]
    while (pending.length > 0) {
      const fiber = pending.pop()
      if (!fiber) continue
      const props = fiber.memoizedProps as { client?: unknown } | null
      if (props && typeof props === 'object' && isClient(props.client)) return props.client
      pending.push(fiber.sibling, fiber.child)
    }
    throw new Error('query cache probe: no QueryClientProvider with a client under #root')
  })
}

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
      const queries = queryClient.getQueryCache().getAll().map((query) => ({
        key: query.queryKey,
        data: query.state.data,
        error: query.state.error,
      }))
      const mutations = queryClient.getMutationCache().getAll().map((mutation) => ({
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

/** The secret survives only in the test's own variable (and the clipboard the user copied to). */
export async function expectSecretGone(page: Page, log: PageLog, secret: string): Promise<void> {
  expect(secret).toMatch(TOKEN_STRING)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(await placesHolding(page, log, secret), 'places that still hold the token string').toEqual([])
}

export const historyLength = (page: Page) => page.evaluate(() => history.length)

export const tokenTable = (page: Page) => page.getByRole('table', { name: 'Tokens' })

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The row whose row header is the token's name (possibly followed by the "this session" badge). */
export function tokenRow(page: Page, name: string): Locator {
  return tokenTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}( |$)`) }) })
}

/** A cell of a token row, found by its column header. */
export async function tokenCell(row: Locator, column: 'Kind' | 'Permissions' | 'Created' | 'Expiry' | 'Fingerprint') {
  const headers = (await tokenTable(row.page()).getByRole('columnheader').allTextContents()).map((h) => h.trim())
  const index = headers.indexOf(column)
  expect(index, `the "${column}" column`).toBeGreaterThan(0)
  // The first column is the row header, so the cells start at the second.
  return row.getByRole('cell').nth(index - 1)
}

/** Presses Tab until `target` has the focus (the keyboard user's way of getting somewhere). */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

/**
 * Presses an arrow key (or another key of a composite widget, such as the permission grid) until
 * `target` has the focus: the keyboard-only way to a cell that is not a Tab stop.
 */
export async function arrowTo(page: Page, target: Locator, key: string, { max = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** Opens "Create token", picks a type and moves on to its form. */
export async function openCreateForm(page: Page, type: 'Admin token' | 'Database token' | 'System token'): Promise<Locator> {
  await page.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Create a token')
  await dialog.getByRole('radio', { name: new RegExp(`^${type}`) }).check()
  await dialog.getByRole('button', { name: 'Next' }).click()
  return dialog
}

/**
 * The same with the keyboard alone: Tab to "Create token", Enter, Tab to the type radios, one
 * ArrowDown to "Database token", then on to the form with Enter in the chooser or with its Next
 * button. Returns the dialog and the Create token button (the focus comes back to it).
 */
export async function openDatabaseFormByKeyboard(
  page: Page,
  { next }: { next: 'Enter' | 'Next button' },
): Promise<{ dialog: Locator; createButton: Locator }> {
  const createButton = page.getByRole('button', { name: 'Create token' })
  await tabTo(page, createButton)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toHaveAccessibleName('Create a token')
  await tabTo(page, dialog.getByRole('radio', { name: /^Admin token/ }))
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: /^Database token/ })).toBeChecked()
  if (next === 'Next button') await tabTo(page, dialog.getByRole('button', { name: 'Next' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveAccessibleName('New database token')
  return { dialog, createButton }
}

/** Reads the one-time token string from the reveal step. */
export async function revealedSecret(dialog: Locator): Promise<string> {
  const field = dialog.getByRole('textbox', { name: 'Token string' })
  await expect(field).toHaveValue(TOKEN_STRING)
  return field.inputValue()
}

/** Copies with the reveal's button and proves the clipboard really holds the string. */
export async function copyAndCheckClipboard(page: Page, dialog: Locator, secret: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Copy token' }).click()
  await expect(dialog.getByText('Token copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
}
