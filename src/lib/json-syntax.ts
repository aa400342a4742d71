/**
 * Where a text stops being JSON (RFC 8259), as a line and column and what was expected there.
 * `JSON.parse` says whether a text is JSON, but its message differs between browsers and, in
 * Chromium, quotes the text around the error: for a file that holds a secret, the console must
 * not show that. This scanner reads the grammar without keeping any of the text, iteratively
 * (a deeply nested file cannot overflow the stack).
 */

export interface JsonSyntaxError {
  /** Offset in UTF-16 code units. */
  offset: number
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units from the start of the line. */
  column: number
  /** What the grammar allows at that point, in words (never the text found there). */
  expected: string
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y
const LITERALS = ['true', 'false', 'null']

/** The first place where `text` breaks the JSON grammar, or null when it is JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const containers: ('object' | 'array')[] = []
  let i = 0
  let next: 'value' | 'key' | 'after' = 'value'

  const fail = (expected: string): JsonSyntaxError => {
    const before = text.slice(0, i)
    const lineStart = before.lastIndexOf('\n') + 1
    return { offset: i, line: before.split('\n').length, column: i - lineStart + 1, expected }
  }
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i += 1
  }
  /** Reads a string whose opening quote is at `i`; null when it is well formed. */
  const readString = (): JsonSyntaxError | null => {
    i += 1
    for (;;) {
      if (i >= text.length) return fail('the closing “"” of a string')
      const ch = text.charCodeAt(i)
      if (ch === 0x22) {
        i += 1
        return null
      }
      if (ch < 0x20) return fail('no line break or control character inside a string (escape it)')
      if (ch === 0x5c) {
        i += 1
        const escape = text.charAt(i)
        if (escape === 'u') {
          HEX4.lastIndex = i + 1
          if (!HEX4.test(text)) return fail('four hexadecimal digits after “\\u”')
          i += 5
        } else if (ESCAPES.has(escape)) i += 1
        else return fail('a valid escape after “\\” (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u)')
      } else i += 1
    }
  }

  for (;;) {
    skipWhitespace()
    if (next === 'key') {
      if (text.charAt(i) !== '"') return fail('a property name in double quotes')
      const error = readString()
      if (error) return error
      skipWhitespace()
      if (text.charAt(i) !== ':') return fail('“:” after the property name')
      i += 1
      next = 'value'
      continue
    }
    if (next === 'value') {
      const ch = text.charAt(i)
      if (ch === '{' || ch === '[') {
        i += 1
        skipWhitespace()
        if (text.charAt(i) === (ch === '{' ? '}' : ']')) {
          i += 1
          next = 'after'
        } else {
          containers.push(ch === '{' ? 'object' : 'array')
          next = ch === '{' ? 'key' : 'value'
        }
        continue
      }
      if (ch === '"') {
        const error = readString()
        if (error) return error
      } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = i
        const match = NUMBER.exec(text)
        if (!match) return fail('a digit')
        i += match[0].length
      } else {
        const literal = LITERALS.find((word) => text.startsWith(word, i))
        if (!literal) return fail(i >= text.length ? 'a value, but the text ended' : 'a value')
        i += literal.length
      }
      next = 'after'
      continue
    }
    // After a value: the end of the text, or a comma or the close of the container it is in.
    const inside = containers.at(-1)
    if (inside === undefined) return i === text.length ? null : fail('the end of the text after the value')
    const close = inside === 'object' ? '}' : ']'
    const ch = text.charAt(i)
    if (ch === ',') {
      i += 1
      next = inside === 'object' ? 'key' : 'value'
    } else if (ch === close) {
      i += 1
      containers.pop()
    } else return fail(`“,” or “${close}”`)
  }
}
