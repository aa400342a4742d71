// Loading a page in the bench: a fresh context per measurement, the console's /tokens (first
// rows), the floor app, the connect page, and the JS heap once a page has settled. Times are
// taken in the page with performance.now() (navigation start = 0); "dom" is the moment the
// expected DOM is there and laid out (a forced layout right after the MutationObserver that
// saw it), "frame" the requestAnimationFrame callback of the frame that paints it.
// The page's own CSP (script-src 'self') is kept: Playwright's evaluate and init scripts run
// through the DevTools protocol, not as page scripts.
/* global window, document, MutationObserver, requestAnimationFrame -- page side */

const SESSION_KEY = 'influxdb3-console.session'
const TOKEN_ROWS = 'table[aria-label="Tokens"] tbody tr'

/**
 * A fresh context, with the console's tab session stored when a token is given (`product` and
 * `scope` for the other products: InfluxDB 2's org, Cloud Dedicated's account and cluster).
 */
export async function newPage(browser, { token = null, product = undefined, scope = undefined } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
  if (token) {
    await context.addInitScript(
      ([key, value]) => {
        try {
          window.sessionStorage.setItem(key, value)
        } catch {
          // about:blank has no storage; the real page does.
        }
      },
      [SESSION_KEY, JSON.stringify({ baseUrl: '', token, product, scope })],
    )
  }
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  return { context, page }
}

/**
 * Records the page's JS and CSS responses (path, bytes on the wire, body bytes) and its API
 * calls (what was asked, bytes, start and end in epoch ms, for placing them on the timeline).
 */
function recordNetwork(page) {
  const assets = []
  const api = []
  const pending = []
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname
    const isAsset = /\.(js|css)$/.test(path)
    if (!isAsset && !path.startsWith('/api/')) return
    pending.push(
      request
        .sizes()
        .then((sizes) => {
          const timing = request.timing()
          if (isAsset) {
            assets.push({
              path,
              type: path.endsWith('.css') ? 'css' : 'js',
              transferred: sizes.responseBodySize + sizes.responseHeadersSize,
              body: sizes.responseBodySize,
            })
          } else {
            let what = `${request.method()} ${path}`
            try {
              const q = JSON.parse(request.postData() ?? 'null')?.q
              if (q) what = `${what}: ${q}`
            } catch {
              // Not JSON: keep the method and path.
            }
            api.push({
              what,
              body: sizes.responseBodySize,
              startEpoch: timing.startTime,
              endEpoch: timing.startTime + timing.responseEnd,
            })
          }
        })
        // A request that finishes as its page closes has no sizes to read: it is left out.
        .catch(() => {}),
    )
  })
  return async () => {
    await Promise.all(pending)
    return { assets: [...assets], api: [...api] }
  }
}

/**
 * Before the page loads: note when the first element matching `selector` is in the DOM (and
 * laid out) and the frame that paints it, on window.__benchLoad. `attribute`: also watch that
 * attribute, for a page that shows its data by changing it on an element already there.
 */
async function markFirst(page, selector, attribute = null) {
  await page.addInitScript(
    ([selector, attribute]) => {
      const marks = {}
      Object.defineProperty(window, '__benchLoad', { value: marks })
      const observer = new MutationObserver(() => {
        if (marks.dom !== undefined || !document.querySelector(selector)) return
        observer.disconnect()
        document.documentElement.getBoundingClientRect()
        marks.dom = performance.now()
        requestAnimationFrame(() => {
          marks.frame = performance.now()
        })
      })
      observer.observe(document, { childList: true, subtree: true, ...(attribute && { attributeFilter: [attribute] }) })
    },
    [selector, attribute],
  )
}

const marked = (page) => page.waitForFunction(() => window.__benchLoad.frame !== undefined, null, { polling: 50 })

/**
 * a. Navigation start → first token rows in the DOM (and laid out) / painted. Also returns the
 * JS and CSS the page requested until then and after, until the network went quiet, and its API
 * calls with their start and end in ms from navigation start.
 */
export async function loadTokens(page, consoleUrl) {
  await markFirst(page, TOKEN_ROWS)
  const network = recordNetwork(page)
  await page.goto(`${consoleUrl}/tokens`)
  await marked(page)
  const marks = await page.evaluate(() => ({
    ...window.__benchLoad,
    rows: document.querySelectorAll('table[aria-label="Tokens"] tbody tr').length,
    timeOrigin: performance.timeOrigin,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  }))
  const atRows = (await network()).assets.map((asset) => asset.path)
  await page.waitForLoadState('networkidle')
  const { assets, api } = await network()
  const calls = api.map(({ what, body, startEpoch, endEpoch }) => ({
    what,
    body,
    start: startEpoch - marks.timeOrigin,
    end: endEpoch - marks.timeOrigin,
  }))
  return {
    dom: marks.dom,
    frame: marks.frame,
    rows: marks.rows,
    domContentLoaded: marks.domContentLoaded,
    assets: assets.map((asset) => ({ ...asset, beforeFirstRows: atRows.includes(asset.path) })),
    api: calls,
    // The token list's SQL query on the page's timeline, or null when the page sent none.
    tokensQuery: calls.find((call) => call.what.includes('system.tokens')) ?? null,
  }
}

/**
 * The floor app: navigation start → its first render with data (the paragraph that shows its
 * one query's result, `data-floor-state="ready"`) in the DOM and laid out / painted; and the
 * JS and CSS it requested.
 */
export async function loadFloor(page, floorUrl) {
  await markFirst(page, '[data-floor-state="ready"]', 'data-floor-state')
  const network = recordNetwork(page)
  await page.goto(`${floorUrl}/`)
  await marked(page)
  const marks = await page.evaluate(() => ({ ...window.__benchLoad }))
  await page.waitForLoadState('networkidle')
  const { assets } = await network()
  return { dom: marks.dom, frame: marks.frame, assets: assets.map((asset) => ({ ...asset, beforeFirstRows: true })) }
}

/** e. JS heap in use after a full garbage collection, in bytes (the page's V8 isolate). */
export async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = await cdp.send('Runtime.getHeapUsage')
    await cdp.send('Performance.enable')
    const metrics = await cdp.send('Performance.getMetrics')
    const jsHeapUsed = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null
    return { usedSize: usage.usedSize, totalSize: usage.totalSize, jsHeapUsedSize: jsHeapUsed }
  } finally {
    await cdp.detach()
  }
}

/** The console with no session: the connect page (where /tokens redirects), settled. */
export async function loadConnectPage(page, consoleUrl) {
  await page.goto(`${consoleUrl}/tokens`)
  await page.waitForSelector('form[aria-label="Connect to InfluxDB 3"]')
  await page.waitForLoadState('networkidle')
}
