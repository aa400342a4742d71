// The empty state, in one fresh context: the console's connect page with no session, settled,
// and its heap (the denominator of the heap target).
import { heapUsed, loadConnectPage, newPage } from '../lib/page-load.mjs'

export const name = 'empty'

export async function run({ browser, servers }) {
  const { context, page } = await newPage(browser)
  await loadConnectPage(page, servers.large.console)
  const heap = await heapUsed(page)
  await context.close()
  return { samples: { heapEmpty: heap.usedSize } }
}
