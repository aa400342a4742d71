// What the bench does on a loaded page and times: the permission grid (open, settle, "Read all
// databases") and keystrokes in the token search. Times are taken in the page with
// performance.now() from the user's action; "dom" and "frame" mean what they mean in
// page-load.mjs (in the DOM and laid out / the frame that paints it).
/* global window, document, MutationObserver, requestAnimationFrame, HTMLInputElement -- page side */

/**
 * b. Create token → Database token → Next: from the Next click to the permission grid's rows
 * in the DOM / painted. The page must show the token list, with the network quiet (so the
 * database list is already cached, as it is for a user who has been looking at the list).
 */
export async function openDatabaseGrid(page) {
  await page.getByRole('button', { name: 'Create token' }).click()
  await page.getByRole('radio', { name: 'Database token' }).check()
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const selector = 'table[aria-label="Database permissions"] tbody tr input[type="checkbox"]'
        const dialog = document.querySelector('[role="dialog"]')
        const next = [...(dialog?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === 'Next')
        if (!next) return reject(new Error('no Next button in the dialog'))
        let t0 = 0
        const loading = {}
        const observer = new MutationObserver(() => {
          // Any loading state on the way ("Loading the form…", "Loading databases…"): when first seen.
          for (const element of dialog?.querySelectorAll('[role="status"], [aria-busy="true"]') ?? []) {
            const text = element.textContent?.trim() || element.getAttribute('aria-label') || ''
            if (/loading/i.test(text) && loading[text] === undefined) loading[text] = performance.now() - t0
          }
          if (!document.querySelector(selector)) return
          observer.disconnect()
          document.documentElement.getBoundingClientRect()
          const dom = performance.now() - t0
          const fetched = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime >= t0)
            .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime - t0, end: entry.responseEnd - t0 }))
          requestAnimationFrame(() =>
            resolve({
              dom,
              frame: performance.now() - t0,
              // Database rows in the DOM (the grid renders a window; spacer rows not counted).
              rows: document.querySelectorAll('table[aria-label="Database permissions"] tbody tr[aria-rowindex]').length,
              loading,
              fetched,
            }),
          )
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
        setTimeout(() => reject(new Error('the permission grid did not appear within 30 s')), 30_000)
        t0 = performance.now()
        next.click()
      }),
  )
}

/**
 * Closes the create-token dialog (Escape) and waits until it is gone. `changed`: the form was
 * changed (grants ticked), so the console first asks whether to discard it; the bench does.
 */
export async function closeDialog(page, { changed = false } = {}) {
  await page.keyboard.press('Escape')
  if (changed)
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /^Discard/ })
      .click()
  await page.getByRole('dialog').waitFor({ state: 'detached' })
}

/**
 * Waits until the permission grid counts `databases` rows (`aria-rowcount`, the header row
 * included) and its rendered window has settled: the same rows in the DOM over two animation
 * frames (rows are measured once they are in the DOM, which can bring in a few more).
 * Returns the databases it counts and the rows it renders.
 */
export async function settleGrid(page, databases) {
  const handle = await page.waitForFunction(
    (expected) => {
      const table = document.querySelector('table[aria-label="Database permissions"]')
      if (Number(table?.getAttribute('aria-rowcount')) !== expected + 1) return false
      const rendered = table.querySelectorAll('tbody tr[aria-rowindex]').length
      const state = (window.__benchGrid ??= { rendered: -1, frames: 0 })
      state.frames = rendered > 0 && rendered === state.rendered ? state.frames + 1 : 0
      state.rendered = rendered
      return state.frames >= 2 ? { total: expected, rendered } : false
    },
    databases,
    { polling: 'raf', timeout: 30_000 },
  )
  const result = await handle.jsonValue()
  await page.evaluate(() => delete window.__benchGrid)
  return result
}

/**
 * c. "Read all databases" (the Read group's "All databases" choice): from the click until the header is checked and every Read box the
 * grid renders is checked and locked (`disabled`, or `aria-disabled`, which keeps it focusable).
 * The grid renders a window of rows, not all 1 001: boxes out of view do not exist, so this is
 * what the user can see change. `rows` is how many Read boxes were rendered. "handler" =
 * click() returned (React renders a discrete event's update before that); "script" = all seen
 * done (looked at after each microtask, then after each task); "dom" = the same plus a forced
 * style and layout; "frame" = the first animation frame that sees them all.
 */
export async function selectAllRead(page) {
  return page.evaluate(async () => {
    // "All databases, including future ones" in the Read group (fieldset legend "Read"), and the
    // Read column's header, which shows checked once the column means every database.
    const readGroup = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Read')
    const choice = [...(readGroup?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.startsWith('All databases'))
    const allRadio = choice?.querySelector('input[type="radio"]')
    if (!(allRadio instanceof HTMLInputElement)) throw new Error('no "All databases" choice for Read')
    const header = document.querySelector('table[aria-label="Database permissions"] thead input[aria-label^="Read "]')
    if (!(header instanceof HTMLInputElement)) throw new Error('no Read column header')
    const boxes = () =>
      document.querySelectorAll('table[aria-label="Database permissions"] tbody input[type="checkbox"][aria-label^="Read "]')
    const locked = (box) => box.disabled || box.getAttribute('aria-disabled') === 'true'
    const allChecked = () => {
      const list = boxes()
      if (!header.checked || list.length === 0) return false
      for (const box of list) if (!(box instanceof HTMLInputElement) || !box.checked || !locked(box)) return false
      return true
    }
    if (allChecked()) throw new Error('every Read box is already checked')
    const rows = boxes().length
    const nextTask = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(undefined)
        channel.port2.postMessage(0)
      })

    let t0 = 0
    const frame = new Promise((resolve) => {
      const check = () => requestAnimationFrame(() => (allChecked() ? resolve(performance.now() - t0) : check()))
      check()
    })
    t0 = performance.now()
    allRadio.click()
    const handler = performance.now() - t0
    let script = null
    for (let microtasks = 0; microtasks < 20 && script === null; microtasks++) {
      if (allChecked()) script = performance.now() - t0
      else await Promise.resolve()
    }
    for (let tasks = 0; script === null; tasks++) {
      if (tasks > 10_000) throw new Error('the Read boxes never all became checked')
      if (allChecked()) script = performance.now() - t0
      else await nextTask()
    }
    document.documentElement.getBoundingClientRect()
    const dom = performance.now() - t0
    return { handler, script, dom, frame: await frame, rows, rowsAfter: boxes().length }
  })
}

/**
 * d. One keystroke in the token search: from the keydown (a real key event from Playwright,
 * timed in the page by a capturing listener) to the status line showing the expected count,
 * in the DOM and laid out / painted. `expected` is the count's text, e.g. "1,234".
 */
export async function keystroke(page, key, expected) {
  await page.evaluate((count) => {
    const section = document.querySelector('section[aria-label="Token list"]')
    if (!section) throw new Error('no token list')
    // The list's summary line among its live regions (the 7-day expiry banner is one too).
    const status = () =>
      [...section.querySelectorAll('[role="status"]')]
        .map((region) => region.textContent ?? '')
        .find((text) => / of [\d,]+ tokens?\b|^No tokens match/.test(text)) ?? ''
    const done = () => status().includes(` of ${count} token`) || (count === '0' && status().startsWith('No tokens match'))
    if (done()) throw new Error(`the status already says ${count}: ${status()}`)
    const state = { keydown: null, eventTimeStamp: null }
    const result = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (state.keydown === null || !done()) return
        observer.disconnect()
        document.documentElement.getBoundingClientRect()
        const dom = performance.now() - state.keydown
        requestAnimationFrame(() =>
          resolve({
            dom,
            frame: performance.now() - state.keydown,
            eventDelay: state.keydown - state.eventTimeStamp,
            status: status(),
          }),
        )
      })
      observer.observe(section, { childList: true, subtree: true, characterData: true })
      setTimeout(() => reject(new Error(`no status "${count}" within 30 s; it says ${status()}`)), 30_000)
    })
    window.addEventListener(
      'keydown',
      (event) => {
        state.keydown = performance.now()
        state.eventTimeStamp = event.timeStamp
      },
      { capture: true, once: true },
    )
    Object.defineProperty(window, '__benchKey', { value: result, configurable: true })
  }, expected)
  await page.keyboard.press(key)
  return page.evaluate(() => window.__benchKey)
}

/** Clears the search (select all + Backspace) and waits for the unfiltered list. */
export async function clearSearch(page, total) {
  const search = page.locator('input[aria-label="Search tokens by name"]')
  await search.fill('')
  await page
    .locator('section[aria-label="Token list"] [role="status"]')
    .filter({ hasText: ` of ${total} tokens.` })
    .waitFor()
}
