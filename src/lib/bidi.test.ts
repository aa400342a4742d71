import { describe, expect, it } from 'vitest'

import { isolate } from './bidi'

const FSI = '\u2068'
const PDI = '\u2069'

describe('isolate', () => {
  it('leaves names without direction controls as they are', () => {
    expect(isolate('ci-deploy')).toBe('ci-deploy')
    expect(isolate('🚀 deploy-bot')).toBe('🚀 deploy-bot')
    expect(isolate('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
  })

  it('wraps a name with a right-to-left override in one isolate', () => {
    expect(isolate('invoice\u202efdp.exe')).toBe(`${FSI}invoice\u202efdp.exe${PDI}`)
  })

  it('closes isolates the name opened and left open', () => {
    expect(isolate('a\u2067b')).toBe(`${FSI}a\u2067b${PDI}${PDI}`)
  })

  it('cannot be closed early by stray PDIs in the name', () => {
    const name = `a${PDI}${PDI}\u202eb`
    const wrapped = isolate(name)
    expect(wrapped).toBe(`${FSI}${FSI}${FSI}${name}${PDI}`)
    // Every prefix stays inside at least one of our isolates until the very end.
    let depth = 0
    for (const ch of wrapped.slice(0, -1)) {
      if (ch === FSI) depth += 1
      if (ch === PDI) depth -= 1
      expect(depth).toBeGreaterThan(0)
    }
  })
})
