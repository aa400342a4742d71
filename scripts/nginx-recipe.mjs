// deploy/nginx.conf with its CHANGE values filled in, for scripts/run-nginx.mjs and the tests
// that read the recipe. With `recovery`, the commented-out recovery location is switched on
// (and the config tells the console about it), as an operator would do while recovering.
import { readFileSync } from 'node:fs'

export const RECIPE_PATH = new URL('../deploy/nginx.conf', import.meta.url)

export function readRecipe() {
  return readFileSync(RECIPE_PATH, 'utf8')
}

/** The commented-out `location = /recovery/… { … }` block, comment marks included. */
const RECOVERY_BLOCK = /^ {4}# (location = \/recovery\/[^\n]*\{\n(?: {4}# [^\n]*\n)*? {4}# \})$/m

/**
 * @param {string} recipe
 * @param {{ port?: string, root?: string, upstream?: string, recovery?: string }} values
 */
export function fillRecipe(recipe, { port, root, upstream, recovery } = {}) {
  let text = recipe
  if (upstream) text = text.replace(/server 127\.0\.0\.1:8181;/, `server ${upstream};`)
  if (port) text = text.replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
  if (root) text = text.replace(/root \/srv\/influxdb3-console;/, `root ${root};`)
  if (recovery) {
    if (!RECOVERY_BLOCK.test(text)) throw new Error('deploy/nginx.conf: no commented-out recovery location found')
    text = text
      .replace(RECOVERY_BLOCK, (block) => block.replace(/^ {4}# /gm, '    '))
      .replace(/http:\/\/127\.0\.0\.1:8182\//, `http://${recovery}/`)
      .replace('"recovery":false', '"recovery":true')
  }
  return text
}
