// The demo mock (≈ 10 tokens, 6 databases), in one fresh context: the first token rows, the
// heap, then the permission grid opened twice (the first open loads the token form's code).
import { closeDialog, openDatabaseGrid } from '../lib/interactions.mjs'
import { heapUsed, loadTokens, newPage } from '../lib/page-load.mjs'

export const name = 'demo'

export async function run({ browser, servers }) {
  const { context, page } = await newPage(browser, { token: servers.demo.token })
  const load = await loadTokens(page, servers.demo.console)
  const query = load.tokensQuery ?? { start: NaN, end: NaN }
  const heap = await heapUsed(page)
  const grid = await openDatabaseGrid(page)
  await closeDialog(page)
  const warm = await openDatabaseGrid(page)
  await context.close()
  return {
    samples: {
      firstRowsSmall: load.dom,
      firstRowsSmallFrame: load.frame,
      tokensQuerySentSmall: query.start,
      tokensResponseSmall: query.end,
      rowsAfterResponseSmall: load.dom - query.end,
      tokensQueryTookSmall: query.end - query.start,
      heapSmall: heap.usedSize,
      dialogSmall: grid.dom,
      dialogSmallFrame: grid.frame,
      dialogSmallWarm: warm.dom,
    },
    details: {
      consoleAssets: load.assets,
      apiSmall: load.api,
      dialogSmall: { loading: grid.loading, fetched: grid.fetched },
    },
    counts: { smallTokenRows: load.rows, smallGridRows: grid.rows },
  }
}
