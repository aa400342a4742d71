/**
 * Parsing for the mock's small SQL dialect (see sql.ts): tokens, the syntax tree and a
 * recursive-descent parser for one SELECT. Unquoted identifiers fold to lower case and
 * keywords are case-insensitive, as in DataFusion.
 */

export type SqlValue = string | number | boolean | Date | null

/**
 * `unsupported`: valid SQL the mock cannot answer; `planning`: what DataFusion would reject
 * (unknown column or table, syntax errors).
 */
export class SqlError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'planning',
    readonly detail: string,
  ) {
    super(detail)
  }
}

export function unsupported(detail: string): never {
  throw new SqlError('unsupported', detail)
}

export function planning(detail: string): never {
  throw new SqlError('planning', detail)
}

// ---------------------------------------------------------------------------------------------
// Tokens

type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'symbol' | 'end'

interface Token {
  kind: TokenKind
  text: string
  offset: number
}

const SYMBOLS = ['<=', '>=', '<>', '!=', '=', '<', '>', '(', ')', ',', '*', '.', ';', '-']

function readQuoted(sql: string, start: number): { text: string; end: number } {
  const quote = sql[start]
  let text = ''
  let j = start + 1
  for (;;) {
    if (j >= sql.length) planning(`SQL error: ParserError("Unterminated string literal at offset ${start}")`)
    if (sql[j] === quote) {
      if (sql[j + 1] !== quote) return { text, end: j + 1 }
      j++
    }
    text += sql[j]
    j++
  }
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < sql.length) {
    const rest = sql.slice(i)
    const space = /^(\s+|--[^\n]*)/.exec(rest)
    if (space) {
      i += space[0].length
      continue
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0]
    const number = /^\d+(\.\d+)?/.exec(rest)?.[0]
    const param = /^\$[A-Za-z0-9_]+/.exec(rest)?.[0]
    if (word !== undefined) {
      tokens.push({ kind: 'word', text: word, offset: i })
      i += word.length
    } else if (number !== undefined) {
      tokens.push({ kind: 'number', text: number, offset: i })
      i += number.length
    } else if (param !== undefined) {
      tokens.push({ kind: 'param', text: param.slice(1), offset: i })
      i += param.length
    } else if (rest[0] === "'" || rest[0] === '"') {
      const { text, end } = readQuoted(sql, i)
      tokens.push({ kind: rest[0] === "'" ? 'string' : 'quoted', text, offset: i })
      i = end
    } else {
      const symbol = SYMBOLS.find((s) => rest.startsWith(s))
      if (symbol === undefined) planning(`SQL error: ParserError("Unexpected character '${rest[0]}' at offset ${i}")`)
      tokens.push({ kind: 'symbol', text: symbol, offset: i })
      i += symbol.length
    }
  }
  tokens.push({ kind: 'end', text: '', offset: sql.length })
  return tokens
}

// ---------------------------------------------------------------------------------------------
// Syntax tree

export type CompareOp = '=' | '!=' | '<' | '>' | '<=' | '>='

export type Expr =
  | { kind: 'column'; name: string }
  | { kind: 'literal'; value: SqlValue }
  | { kind: 'param'; name: string }
  | { kind: 'now' }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'like'; negated: boolean; caseInsensitive: boolean; operand: Expr; pattern: Expr }
  | { kind: 'isNull'; negated: boolean; operand: Expr }
  | { kind: 'in'; negated: boolean; operand: Expr; list: Expr[] }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr }

/** `count` with a null column is COUNT(*). */
export type SelectItem =
  | { kind: 'star' }
  | { kind: 'column'; name: string; alias: string | null }
  | { kind: 'count'; column: string | null; alias: string | null }

export type OrderKey =
  { kind: 'name'; name: string } | { kind: 'ordinal'; index: number } | { kind: 'count'; column: string | null }

export interface OrderItem {
  key: OrderKey
  descending: boolean
  nullsFirst: boolean
}

export interface Query {
  items: SelectItem[]
  schema: string | null
  table: string
  where: Expr | null
  groupBy: string[]
  orderBy: OrderItem[]
  limit: number | null
  offset: number
}

const RESERVED = new Set([
  'select',
  'from',
  'where',
  'group',
  'by',
  'order',
  'limit',
  'offset',
  'as',
  'and',
  'or',
  'not',
  'like',
  'ilike',
  'is',
  'null',
  'true',
  'false',
  'in',
  'asc',
  'desc',
  'nulls',
  'join',
  'union',
  'having',
  'distinct',
  'on',
])

class Parser {
  private index = 0

  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.index] ?? { kind: 'end', text: '', offset: 0 }
  }

  private advance(): Token {
    const token = this.current
    this.index++
    return token
  }

  private isKeyword(word: string): boolean {
    return this.current.kind === 'word' && this.current.text.toLowerCase() === word
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false
    this.index++
    return true
  }

  private expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) this.syntaxError(word.toUpperCase())
  }

  private acceptSymbol(symbol: string): boolean {
    if (this.current.kind !== 'symbol' || this.current.text !== symbol) return false
    this.index++
    return true
  }

  private expectSymbol(symbol: string): void {
    if (!this.acceptSymbol(symbol)) this.syntaxError(symbol)
  }

  private syntaxError(expected: string): never {
    const found = this.current.kind === 'end' ? 'EOF' : this.current.text
    return planning(`SQL error: ParserError("Expected: ${expected}, found: ${found} at offset ${this.current.offset}")`)
  }

  /** An identifier: unquoted ones fold to lower case as in DataFusion. */
  private identifier(): string {
    const token = this.current
    if (token.kind === 'quoted') {
      this.index++
      return token.text
    }
    if (token.kind === 'word' && !RESERVED.has(token.text.toLowerCase())) {
      this.index++
      return token.text.toLowerCase()
    }
    return this.syntaxError('identifier')
  }

  parse(): Query {
    if (this.isKeyword('with') || this.isKeyword('explain') || this.isKeyword('show')) {
      unsupported(`${this.current.text.toUpperCase()} statements`)
    }
    if (!this.isKeyword('select')) unsupported('statements other than SELECT')
    this.advance()
    if (this.isKeyword('distinct')) unsupported('SELECT DISTINCT')
    const items = this.selectList()
    this.expectKeyword('from')
    const first = this.identifier()
    let schema: string | null = null
    let table = first
    if (this.acceptSymbol('.')) {
      schema = first
      table = this.identifier()
      if (this.current.kind === 'symbol' && this.current.text === '.') unsupported('catalog-qualified table names')
    }
    if (this.current.kind === 'word' && !RESERVED.has(this.current.text.toLowerCase())) unsupported('table aliases')
    if (this.isKeyword('join') || this.acceptSymbol(',')) unsupported('joins')
    const where = this.acceptKeyword('where') ? this.expression() : null
    const groupBy: string[] = []
    if (this.acceptKeyword('group')) {
      this.expectKeyword('by')
      do groupBy.push(this.identifier())
      while (this.acceptSymbol(','))
    }
    if (this.isKeyword('having')) unsupported('HAVING')
    const orderBy: OrderItem[] = []
    if (this.acceptKeyword('order')) {
      this.expectKeyword('by')
      do orderBy.push(this.orderItem())
      while (this.acceptSymbol(','))
    }
    let limit: number | null = null
    let offset = 0
    for (;;) {
      if (this.acceptKeyword('limit')) limit = this.integer()
      else if (this.acceptKeyword('offset')) offset = this.integer()
      else break
    }
    this.acceptSymbol(';')
    if (this.current.kind !== 'end') {
      if (this.isKeyword('union')) unsupported('UNION')
      this.syntaxError('end of statement')
    }
    return { items, schema, table, where, groupBy, orderBy, limit, offset }
  }

  private integer(): number {
    const token = this.current
    if (token.kind !== 'number' || token.text.includes('.')) return this.syntaxError('an integer')
    this.index++
    return Number(token.text)
  }

  private selectList(): SelectItem[] {
    if (this.acceptSymbol('*')) {
      if (this.current.kind === 'symbol' && this.current.text === ',') unsupported('* combined with other columns')
      return [{ kind: 'star' }]
    }
    const items: SelectItem[] = []
    do items.push(this.selectItem())
    while (this.acceptSymbol(','))
    return items
  }

  private countArgument(): string | null | undefined {
    if (!(this.isKeyword('count') && this.tokens[this.index + 1]?.text === '(')) return undefined
    this.index += 2
    const column = this.acceptSymbol('*') ? null : this.identifier()
    this.expectSymbol(')')
    return column
  }

  private alias(): string | null {
    if (this.acceptKeyword('as')) return this.identifier()
    if (this.current.kind === 'quoted' || (this.current.kind === 'word' && !RESERVED.has(this.current.text.toLowerCase()))) {
      return this.identifier()
    }
    return null
  }

  private selectItem(): SelectItem {
    const counted = this.countArgument()
    if (counted !== undefined) return { kind: 'count', column: counted, alias: this.alias() }
    if (this.tokens[this.index + 1]?.text === '(' && this.current.kind === 'word') {
      unsupported(`the function ${this.current.text}()`)
    }
    const name = this.identifier()
    if (this.current.kind === 'symbol' && this.current.text === '.') unsupported('qualified column names')
    return { kind: 'column', name, alias: this.alias() }
  }

  private orderItem(): OrderItem {
    let key: OrderKey
    const counted = this.countArgument()
    if (counted !== undefined) key = { kind: 'count', column: counted }
    else if (this.current.kind === 'number') key = { kind: 'ordinal', index: this.integer() }
    else key = { kind: 'name', name: this.identifier() }
    const descending = this.acceptKeyword('desc')
    if (!descending) this.acceptKeyword('asc')
    let nullsFirst = descending
    if (this.acceptKeyword('nulls')) {
      if (this.acceptKeyword('first')) nullsFirst = true
      else if (this.acceptKeyword('last')) nullsFirst = false
      else this.syntaxError('FIRST or LAST')
    }
    return { key, descending, nullsFirst }
  }

  private expression(): Expr {
    let left = this.conjunction()
    while (this.acceptKeyword('or')) left = { kind: 'or', left, right: this.conjunction() }
    return left
  }

  private conjunction(): Expr {
    let left = this.negation()
    while (this.acceptKeyword('and')) left = { kind: 'and', left, right: this.negation() }
    return left
  }

  private negation(): Expr {
    if (this.acceptKeyword('not')) return { kind: 'not', operand: this.negation() }
    return this.predicate()
  }

  private predicate(): Expr {
    if (this.acceptSymbol('(')) {
      const inner = this.expression()
      this.expectSymbol(')')
      return inner
    }
    const operand = this.operand()
    if (this.acceptKeyword('is')) {
      const negated = this.acceptKeyword('not')
      this.expectKeyword('null')
      return { kind: 'isNull', negated, operand }
    }
    const negated = this.acceptKeyword('not')
    if (this.isKeyword('like') || this.isKeyword('ilike')) {
      const caseInsensitive = this.advance().text.toLowerCase() === 'ilike'
      return { kind: 'like', negated, caseInsensitive, operand, pattern: this.operand() }
    }
    if (this.acceptKeyword('in')) {
      this.expectSymbol('(')
      const list: Expr[] = []
      do list.push(this.operand())
      while (this.acceptSymbol(','))
      this.expectSymbol(')')
      return { kind: 'in', negated, operand, list }
    }
    if (negated) this.syntaxError('LIKE, ILIKE or IN')
    const token = this.current
    if (token.kind === 'symbol' && ['=', '!=', '<>', '<', '>', '<=', '>='].includes(token.text)) {
      this.index++
      const op = (token.text === '<>' ? '!=' : token.text) as CompareOp
      return { kind: 'compare', op, left: operand, right: this.operand() }
    }
    return operand
  }

  private operand(): Expr {
    const token = this.current
    if (token.kind === 'string') {
      this.index++
      return { kind: 'literal', value: token.text }
    }
    if (token.kind === 'number' || (token.kind === 'symbol' && token.text === '-')) {
      const sign = this.acceptSymbol('-') ? -1 : 1
      const number = this.current
      if (number.kind !== 'number') return this.syntaxError('a number')
      this.index++
      return { kind: 'literal', value: sign * Number(number.text) }
    }
    if (token.kind === 'param') {
      this.index++
      return { kind: 'param', name: token.text }
    }
    if (this.acceptKeyword('null')) return { kind: 'literal', value: null }
    if (this.acceptKeyword('true')) return { kind: 'literal', value: true }
    if (this.acceptKeyword('false')) return { kind: 'literal', value: false }
    if (this.isKeyword('now') && this.tokens[this.index + 1]?.text === '(') {
      this.index += 2
      this.expectSymbol(')')
      return { kind: 'now' }
    }
    if (token.kind === 'word' && this.tokens[this.index + 1]?.text === '(') unsupported(`the function ${token.text}()`)
    const name = this.identifier()
    if (this.current.kind === 'symbol' && this.current.text === '.') unsupported('qualified column names')
    return { kind: 'column', name }
  }
}

export function parseSql(sql: string): Query {
  return new Parser(tokenize(sql)).parse()
}
