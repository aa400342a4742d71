import { describe, expect, it } from 'vitest'

import { findJsonSyntaxError } from './json-syntax'

/** Whether the browser's parser accepts the text: the scanner must agree with it. */
function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const VALID = [
  '{}',
  '[]',
  ' \n\t{ "a" : [1, -2.5e+3, 0, 0.1, true, false, null, "x\\n\\u00e9\\"\\/"] }\r\n',
  '"just a string"',
  '42',
  '{"nested": {"deeper": [[[{}]]]}}',
  '{"access_token": "eyJ.eyJ.sig", "expiry": "2026-01-01T00:00:00Z"}',
]

const INVALID: [string, string, { line: number; column: number; expected: RegExp }][] = [
  ['an empty text', '', { line: 1, column: 1, expected: /a value, but the text ended/ }],
  ['a trailing comma in an object', '{"a": 1,}', { line: 1, column: 9, expected: /property name in double quotes/ }],
  ['a trailing comma in an array', '[1,]', { line: 1, column: 4, expected: /^a value$/ }],
  ['single quotes', "{'a': 1}", { line: 1, column: 2, expected: /property name in double quotes/ }],
  ['a missing colon', '{"a" 1}', { line: 1, column: 6, expected: /“:”/ }],
  ['a missing comma on the next line', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, expected: /“,” or “}”/ }],
  ['an unclosed object', '{"a": 1', { line: 1, column: 8, expected: /“,” or “}”/ }],
  ['an unclosed string', '{"a": "b', { line: 1, column: 9, expected: /closing “"”/ }],
  ['a raw line break in a string', '{"a": "b\nc"}', { line: 1, column: 9, expected: /line break or control character/ }],
  ['a bad escape', '{"a": "\\x"}', { line: 1, column: 9, expected: /valid escape/ }],
  ['a short \\u escape', '"\\u12"', { line: 1, column: 3, expected: /four hexadecimal digits/ }],
  ['a leading zero', '01', { line: 1, column: 2, expected: /end of the text/ }],
  ['a lone minus', '-', { line: 1, column: 1, expected: /a digit/ }],
  ['text after the value', '{} x', { line: 1, column: 4, expected: /end of the text/ }],
  ['a bare word', 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln', { line: 1, column: 1, expected: /^a value$/ }],
  ['a comment', '{"a": 1 // no\n}', { line: 1, column: 9, expected: /“,” or “}”/ }],
  ['a mismatched bracket', '[1}', { line: 1, column: 3, expected: /“,” or “]”/ }],
]

describe('findJsonSyntaxError', () => {
  it.each(VALID)('finds nothing wrong in %j, as JSON.parse', (text) => {
    expect(parses(text)).toBe(true)
    expect(findJsonSyntaxError(text)).toBeNull()
  })

  it.each(INVALID)('finds %s where it is, as JSON.parse refuses it', (_what, text, where) => {
    expect(parses(text)).toBe(false)
    const error = findJsonSyntaxError(text)
    expect(error).toMatchObject({ line: where.line, column: where.column })
    expect(error?.expected).toMatch(where.expected)
  })

  it('reads a file nested far deeper than a call stack would allow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(findJsonSyntaxError(deep)).toBeNull()
    expect(findJsonSyntaxError(deep.slice(0, -1))).toMatchObject({ offset: deep.length - 1 })
  })

  it('never quotes the text in what it expected', () => {
    const secret = 'apiv3_secretsecret'
    for (const text of [`{"token": ${secret}}`, `{"token": "${secret}"`, `${secret}`, `{"token": "${secret}" x}`]) {
      expect(JSON.stringify(findJsonSyntaxError(text))).not.toContain('secret')
    }
  })
})
