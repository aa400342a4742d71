// The floor app (bench/floor), in one fresh context: navigation start to its first render with
// data, the baseline the console's first token rows are set against, and the JS and CSS it
// loads, the denominator of the initial JS target.
import { loadFloor, newPage } from '../lib/page-load.mjs'

export const name = 'floor'

export async function run({ browser, servers }) {
  const { context, page } = await newPage(browser)
  const load = await loadFloor(page, servers.floor)
  await context.close()
  return {
    samples: { floorFirstRender: load.dom, floorFirstRenderFrame: load.frame },
    details: { floorAssets: load.assets },
  }
}
