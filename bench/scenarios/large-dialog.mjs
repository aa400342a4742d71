// The large mock's databases (1 000 plus _internal), in one fresh context: the permission grid
// opened twice, and "Read all databases" in between.
import { closeDialog, openDatabaseGrid, selectAllRead, settleGrid } from '../lib/interactions.mjs'
import { loadTokens, newPage } from '../lib/page-load.mjs'

export const name = 'large-dialog'

export async function run({ browser, servers }) {
  const { context, page } = await newPage(browser, { token: servers.large.token })
  await loadTokens(page, servers.large.console)
  const grid = await openDatabaseGrid(page)
  // The grid renders the rows in view (a window): wait until it counts all 1 001 databases
  // and its window has settled, then time "select all" on the rows it renders.
  const settled = await settleGrid(page, 1001)
  const select = await selectAllRead(page)
  await closeDialog(page, { changed: true })
  const warm = await openDatabaseGrid(page)
  await context.close()
  return {
    samples: {
      dialogLarge: grid.dom,
      dialogLargeFrame: grid.frame,
      selectAll: select.dom,
      selectAllFrame: select.frame,
      selectAllScript: select.script,
      selectAllHandler: select.handler,
      dialogLargeWarm: warm.dom,
    },
    details: { dialogLarge: { loading: grid.loading, fetched: grid.fetched } },
    counts: {
      largeGridRowsFirst: grid.rows,
      largeGridRows: settled.total,
      largeGridRowsRendered: settled.rendered,
      selectAllBoxes: select.rows,
    },
  }
}
