// The large mock's token list (10 000 tokens), in one fresh context: the first token rows, the
// heap, then keystrokes in the search. Only keystrokes that change the match count are timed:
// the others change nothing on screen.
/* global document, HTMLInputElement -- in functions that run in the page */
import { clearSearch, keystroke } from '../lib/interactions.mjs'
import { heapUsed, loadTokens, newPage } from '../lib/page-load.mjs'
import { median, round } from '../lib/stats.mjs'

export const name = 'large-list'

/** Typed into the search at 10 000 tokens. */
export const SEARCH_WORDS = ['grafana-wonka-1', 'telegraf-acme', 'uptime-probe-77']

const count = new Intl.NumberFormat('en')

async function tokenNames(mock) {
  const response = await fetch(`${mock.url}/api/v3/query_sql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${mock.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ db: '_internal', q: 'SELECT name FROM system.tokens', format: 'json' }),
  })
  if (!response.ok) throw new Error(`listing the large mock's tokens: HTTP ${response.status}`)
  return (await response.json()).map((row) => String(row.name).toLowerCase())
}

/** Per word, each keystroke with the match count after it; timed only where the count changes. */
function searchPlan(names) {
  return SEARCH_WORDS.map((word) => {
    let previous = names.length
    return [...word].map((key, index) => {
      const query = word.slice(0, index + 1)
      const matches = names.filter((name) => name.includes(query)).length
      const step = { key, query, matches, timed: matches !== previous && matches > 0 }
      previous = matches
      return step
    })
  })
}

/** Once per bench: the search plan, from the large mock's token names. */
export async function prepare({ servers }) {
  const names = await tokenNames(servers.large)
  return { plan: searchPlan(names), total: names.length }
}

async function typeSearch(page, { plan, total }) {
  const search = page.locator('input[aria-label="Search tokens by name"]')
  const timings = []
  for (const [index, word] of plan.entries()) {
    if (index > 0) await clearSearch(page, count.format(total))
    await search.focus()
    for (const step of word) {
      if (step.timed) {
        const result = await keystroke(page, step.key, count.format(step.matches))
        timings.push({ query: step.query, matches: step.matches, ...result })
      } else {
        await page.keyboard.press(step.key)
        await page.waitForFunction((query) => {
          const input = document.querySelector('input[aria-label="Search tokens by name"]')
          return input instanceof HTMLInputElement && input.value === query
        }, step.query)
        await page.waitForTimeout(100)
      }
    }
  }
  await clearSearch(page, count.format(total))
  return timings
}

export async function run({ browser, servers }, search) {
  const { context, page } = await newPage(browser, { token: servers.large.token })
  const load = await loadTokens(page, servers.large.console)
  const query = load.tokensQuery ?? { start: NaN, end: NaN }
  const heap = await heapUsed(page)
  const keys = await typeSearch(page, search)
  await context.close()
  return {
    samples: {
      firstRowsLarge: load.dom,
      firstRowsLargeFrame: load.frame,
      tokensQuerySentLarge: query.start,
      tokensResponseLarge: query.end,
      rowsAfterResponseLarge: load.dom - query.end,
      tokensQueryTookLarge: query.end - query.start,
      heapLarge: heap.usedSize,
      keystroke: median(keys.map((key) => key.dom)),
      keystrokeFrame: median(keys.map((key) => key.frame)),
      keystrokeFirst: median(keys.filter((key) => key.query.length === 1).map((key) => key.dom)),
    },
    // Every timed keystroke of every measured run, not a median per run.
    lists: {
      keystrokeAll: keys.map((key) => ({
        ...key,
        dom: round(key.dom),
        frame: round(key.frame),
        eventDelay: round(key.eventDelay),
      })),
    },
    details: { apiLarge: load.api },
    counts: { largeTokenRows: load.rows },
  }
}
