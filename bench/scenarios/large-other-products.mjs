// The large scenarios of the other products, each in one fresh context: InfluxDB 2 with 10 000
// authorizations (first token rows, then the custom token's grid until all 1 000 buckets,
// loaded page by page, are in it) and Cloud Dedicated with 10 000 tokens and 500 databases
// (first token rows). Reported beside InfluxDB 3's first rows at 10 000 tokens.
/* global document -- in functions that run in the page */
import { loadTokens, newPage } from '../lib/page-load.mjs'

export const name = 'large-other-products'

/** Navigation start-like clock of the dialog: from the click on Next until the grid counts every bucket and its window settled. */
async function openBucketGrid(page) {
  await page.getByRole('button', { name: 'Create token' }).click()
  const next = page.getByRole('dialog').getByRole('button', { name: 'Next' })
  await next.waitFor()
  const t0 = await page.evaluate(() => performance.now())
  await next.click()
  const handle = await page.waitForFunction(
    () => {
      const table = document.querySelector('table[aria-label="Bucket permissions"]')
      const total = Number(table?.getAttribute('aria-rowcount')) - 1
      // The large scenario's 1 000 buckets, plus the system buckets.
      if (!(total >= 1000)) return false
      const busy = document.querySelector('[role="dialog"] [aria-busy="true"]')
      return busy ? false : { total, at: performance.now() }
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  )
  const { total, at } = await handle.jsonValue()
  return { ms: at - t0, total }
}

/**
 * Where the first rows' time went: the list call (`path`) answered at and took, the bytes of its
 * answer, the last API answer the page had before its rows (bucket pages, resource types…), and
 * the time from that answer to the rows in the DOM (the work on the answers).
 */
function listCalls(load, path) {
  const before = load.api.filter((call) => call.end <= load.dom)
  const list = before.find((call) => call.what === `GET ${path}`) ?? { start: NaN, end: NaN, body: NaN }
  const lastEnd = Math.max(...before.map((call) => call.end))
  return {
    listAnswered: list.end,
    listTook: list.end - list.start,
    listBytes: list.body,
    lastAnswer: lastEnd,
    calls: before.length,
    rowsAfterAnswers: load.dom - lastEnd,
  }
}

async function session(browser, server) {
  return newPage(browser, { token: server.token, product: server.product, scope: server.scope })
}

/** Cloud Dedicated's token list path for the server's account and cluster. */
const managementTokensPath = (server) => `/api/v0/accounts/${server.scope.accountId}/clusters/${server.scope.clusterId}/tokens`

/** `{listTook: 1}` → `{listTookV2Large: 1}`: one sample per figure and product. */
const prefixed = (suffix, figures) =>
  Object.fromEntries(Object.entries(figures).map(([key, value]) => [`${key}${suffix}`, value]))

export async function run({ browser, servers }) {
  const v2 = await session(browser, servers.v2Large)
  const v2Load = await loadTokens(v2.page, servers.v2Large.console)
  const grid = await openBucketGrid(v2.page)
  await v2.context.close()

  const management = await session(browser, servers.managementLarge)
  const managementLoad = await loadTokens(management.page, servers.managementLarge.console)
  await management.context.close()
  const v2Calls = listCalls(v2Load, '/api/v2/authorizations')
  const managementCalls = listCalls(managementLoad, managementTokensPath(servers.managementLarge))
  return {
    samples: {
      firstRowsV2Large: v2Load.dom,
      firstRowsV2LargeFrame: v2Load.frame,
      ...prefixed('V2Large', v2Calls),
      bucketGridV2Large: grid.ms,
      firstRowsManagementLarge: managementLoad.dom,
      firstRowsManagementLargeFrame: managementLoad.frame,
      ...prefixed('ManagementLarge', managementCalls),
    },
    details: { apiV2Large: v2Load.api, apiManagementLarge: managementLoad.api },
    counts: { v2LargeTokenRows: v2Load.rows, v2LargeGridBuckets: grid.total, managementLargeTokenRows: managementLoad.rows },
  }
}
