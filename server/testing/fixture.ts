/**
 * A served folder with hostile neighbours, in a fresh temp folder (mode 0700, as mkdtemp makes
 * it): `dist/` is what the servers serve; beside it a sibling whose name begins with `dist`
 * (`dist-demo/`) and a file in the parent, and inside it symlinks that lead out of it. Every
 * file outside `dist/` holds a marker that must never appear in an answer.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Text of files outside the served folder; no answer may contain any of them. */
export const OUTSIDE_MARKERS = ['SIBLING-FOLDER-SECRET', 'PARENT-FOLDER-SECRET', 'root:x:0:0:']
export const INDEX_MARKER = 'CONSOLE-INDEX-PAGE'
export const ASSET_TEXT = 'console.log("asset")'

export interface Fixture {
  parent: string
  root: string
}

export function makeFixture(): Fixture {
  const parent = mkdtempSync(join(tmpdir(), 'console-hostile-'))
  const root = join(parent, 'dist')
  mkdirSync(join(root, 'assets'), { recursive: true })
  mkdirSync(join(root, 'folder.d'))
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>console</title>${INDEX_MARKER}`)
  writeFileSync(join(root, 'assets', 'app-1.js'), ASSET_TEXT)
  mkdirSync(join(parent, 'dist-demo'))
  writeFileSync(join(parent, 'dist-demo', 'index.html'), OUTSIDE_MARKERS[0]!)
  writeFileSync(join(parent, 'secret.txt'), OUTSIDE_MARKERS[1]!)
  // Symlinks inside the served folder: two lead out of it, one stays within it.
  symlinkSync('../dist-demo', join(root, 'escape'))
  symlinkSync('../secret.txt', join(root, 'leak.txt'))
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'))
  symlinkSync('assets/app-1.js', join(root, 'inside.js'))
  return { parent, root }
}
