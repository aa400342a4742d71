import { describe, expect, it } from 'vitest'

import { managementDatabaseName } from './database-name'

const { check } = managementDatabaseName

describe('the management API’s database names', () => {
  it.each(['sensors', 'a', 'team/metrics', 'a/b/c', 'x_y-z', '9lives', 'a'.repeat(64)])('accepts %s', (name) => {
    expect(check(name)).toBeNull()
  })

  it.each([
    ['', 'Enter a name for the database.'],
    ['a'.repeat(65), 'The name is 65 characters long; the server allows at most 64.'],
    ['_internal', 'The name must start with a letter or a digit.'],
    ['/metrics', 'The name must start with a letter or a digit.'],
    ['my db', 'The name cannot contain spaces: use only letters, digits, “_”, “-” and “/”.'],
    ['café', 'The name cannot contain “é”: use only letters, digits, “_”, “-” and “/”.'],
  ])('refuses “%s”', (name, message) => {
    expect(check(name)).toBe(message)
  })
})
