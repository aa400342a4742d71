/**
 * The part of TOML (https://toml.io/en/v1.0.0) that influxctl's `config.toml` uses: tables and
 * arrays of tables (`[profile.tls]`, `[[profile]]`), bare, quoted and dotted keys, basic and
 * literal strings, integers, floats, booleans, arrays (over several lines too) and inline tables,
 * comments. Multi-line strings and dates are refused by name, anything else that is not TOML by
 * its line number. An error never quotes a value or a stray word: either may be a secret.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable
export interface TomlTable {
  [key: string]: TomlValue
}

export type TomlResult = { ok: true; value: TomlTable } | { ok: false; line: number; message: string }

class TomlError extends Error {}

const fail = (message: string): never => {
  throw new TomlError(message)
}
/** Tables have no prototype: a key such as `__proto__` stays a key and reaches no object's prototype. */
const newTable = (): TomlTable => Object.create(null) as TomlTable
const isTable = (value: TomlValue | undefined): value is TomlTable => typeof value === 'object' && !Array.isArray(value)

const END = String.raw`(?=[ \t\n,\]}#]|$)`
// Sticky (`y`): each matches at the reader's position only.
const SPACES = /[ \t]*(?:#[^\n]*)?/y
const BARE_KEY = /[A-Za-z0-9_-]+/y
const STRING = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/y
const BOOLEAN = new RegExp(`(?:true|false)${END}`, 'y')
const NUMBER = new RegExp(String.raw`[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?${END}`, 'y')
const NOT_READ = [
  { pattern: /"""|'''/y, message: 'Multi-line strings (""" or \'\'\') are not read here.' },
  { pattern: /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/y, message: 'Dates and times are not read here.' },
]
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' }

function unescape(_escape: string, code: string): string {
  const point = code.length > 1 ? parseInt(code.slice(1), 16) : NaN
  if (point <= 0x10ffff) return String.fromCodePoint(point)
  return ESCAPES[code] ?? fail('A string holds an escape (\\ and what follows it) that TOML does not know.')
}

export function parseToml(source: string): TomlResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')
  const root = newTable()
  /** Tables a `[header]` defined: another header may not define them again. */
  const headed = new Set<TomlTable>()
  let at = 0

  /** The text `pattern` finds right here (and moves past it), or null. */
  const take = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at
    const found = pattern.exec(text)
    if (found) at = pattern.lastIndex
    return found
  }
  const skipSpaces = () => void take(SPACES)
  /** Spaces, comments and line ends: what may stand between lines, or between an array's values. */
  const skipBlank = () => {
    for (skipSpaces(); text[at] === '\n'; skipSpaces()) at += 1
  }
  const expect = (char: string, message: string) => {
    skipSpaces()
    if (text[at] !== char) fail(message)
    at += 1
  }

  function string(): string {
    for (const { pattern, message } of NOT_READ) if (take(pattern)) fail(message)
    const [, basic, literal] = take(STRING) ?? fail('A string is not closed on its line.')
    return literal ?? (basic ?? '').replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, unescape)
  }

  /** A key, dotted or not: `name`, `"a key"`, `auth.token`. */
  function key(): string[] {
    const parts: string[] = []
    for (;;) {
      skipSpaces()
      const quoted = text[at] === '"' || text[at] === "'"
      parts.push(quoted ? string() : (take(BARE_KEY) ?? fail('A key is missing, or has characters only a quoted key may.'))[0])
      skipSpaces()
      if (text[at] !== '.') return parts
      at += 1
    }
  }

  function value(): TomlValue {
    skipSpaces()
    const char = text[at]
    if (char === '"' || char === "'") return string()
    if (char === '[') {
      const items: TomlValue[] = []
      for (at += 1, skipBlank(); text[at] !== ']'; skipBlank()) {
        items.push(value())
        skipBlank()
        if (text[at] === ',') at += 1
        else if (text[at] !== ']') fail('An array’s values are separated by commas and end with ].')
      }
      at += 1
      return items
    }
    if (char === '{') {
      const table = newTable()
      for (at += 1, skipSpaces(); text[at] !== '}'; skipSpaces()) {
        assign(table, key())
        if (text[at] === ',') at += 1
        else if (text[at] !== '}') fail('An inline table’s pairs are separated by commas and end with } on their line.')
      }
      at += 1
      return table
    }
    for (const { pattern, message } of NOT_READ) if (take(pattern)) fail(message)
    const boolean = take(BOOLEAN)?.[0]
    if (boolean !== undefined) return boolean === 'true'
    const number = take(NUMBER) ?? fail('This value is not TOML: text needs quotes ("…"); numbers, true and false do not.')
    return Number(number[0].replace(/_/g, ''))
  }

  /** `key = value` into `table`; a dotted key makes the tables on its way. */
  function assign(table: TomlTable, path: string[]) {
    expect('=', 'A key needs "=" and a value after it.')
    const last = path.pop() ?? ''
    const parent = path.reduce<TomlTable>((into, part) => {
      const next = (into[part] ??= newTable())
      return isTable(next) ? next : fail(`The key "${part}" already holds a value.`)
    }, table)
    if (Object.hasOwn(parent, last)) fail(`The key "${last}" is given twice.`)
    parent[last] = value()
    skipSpaces()
  }

  /** Follows a header's path from the root; an array of tables stands for its last table. */
  const walk = (path: readonly string[]) =>
    path.reduce<TomlTable>((into, part) => {
      const next = (into[part] ??= newTable())
      const table = Array.isArray(next) ? next[next.length - 1] : next
      return isTable(table) ? table : fail(`The key "${part}" already holds a value, not a table.`)
    }, root)

  /** `[a.b]` or `[[a.b]]`: the table the lines below it fill. */
  function header(): TomlTable {
    const array = text.startsWith('[[', at)
    at += array ? 2 : 1
    const path = key()
    expect(']', 'A [header] ends with ].')
    if (!array) {
      const table = walk(path)
      return headed.has(table) ? fail(`The table [${path.join('.')}] is defined twice.`) : table
    }
    expect(']', 'A [[header]] ends with ]].')
    const name = path.pop() ?? ''
    const list = (walk(path)[name] ??= [])
    if (!Array.isArray(list)) return fail(`[[${name}]] names a key that is not a list of tables.`)
    const table = newTable()
    list.push(table)
    return table
  }

  try {
    let current = root
    for (skipBlank(); at < text.length; skipBlank()) {
      if (text[at] === '[') {
        current = header()
        headed.add(current)
      } else assign(current, key())
      skipSpaces()
      if (at < text.length && text[at] !== '\n') fail('Something follows the value on its line: one key = value a line.')
    }
    return { ok: true, value: root }
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    return { ok: false, line: text.slice(0, at).split('\n').length, message: error.message }
  }
}
