import { describe, expect, it } from 'vitest'

import { validateDatabaseName } from './database-name'

describe('validateDatabaseName', () => {
  it.each(['sensors', 'factory_floor', 'edge-01', '2026data', 'a', 'db/rp', 'x'.repeat(511)])('accepts %j', (name) => {
    expect(validateDatabaseName(name)).toBeNull()
  })

  it.each([
    ['', 'Enter a name'],
    ['_internal2', 'must start with a letter or a digit'],
    ['-edge', 'must start with a letter or a digit'],
    ['x'.repeat(512), 'at most 511'],
    ['café', 'ASCII'],
    ['rocket🚀', 'ASCII'],
    ['my db', 'cannot contain spaces'],
    ['a.b', 'cannot contain “.”'],
    ["x'; DROP TABLE tokens;--", "cannot contain “'”"],
    ['a/b/c', 'at most one “/”'],
    ['db/', 'must be followed by a retention policy'],
  ])('refuses %j and says why', (name, reason) => {
    expect(validateDatabaseName(name)).toContain(reason)
  })
})
