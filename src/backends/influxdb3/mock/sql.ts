/**
 * A deliberately small SQL engine for the mock's `system.*` tables: one SELECT over one table
 * with WHERE, GROUP BY + COUNT, ORDER BY, LIMIT/OFFSET and `$name` parameters — enough for
 * what the console and the InfluxData tools send. Semantics follow DataFusion where it
 * matters for results: comparisons with NULL are NULL (so filtered out), NULLs sort last
 * ascending and first descending, and strings are cast when compared with timestamps,
 * numbers or booleans.
 */
import { parseUtcTimestamp } from '../../../lib/time'
import { type Expr, type OrderItem, type OrderKey, parseSql, planning, type SqlValue, unsupported } from './sql-parse'

export type { SqlValue } from './sql-parse'

export interface SqlColumn {
  name: string
  /** How a timestamp column prints in JSON (naive or with `Z`). */
  renderTimestamp?: (value: Date) => string
}

export interface SqlTable {
  columns: readonly SqlColumn[]
  /** Values in column order. */
  rows: readonly (readonly SqlValue[])[]
}

export interface SqlResult {
  columns: readonly SqlColumn[]
  rows: readonly (readonly SqlValue[])[]
}

export type ResolveTable = (schema: string | null, name: string) => SqlTable

export type SqlParams = Readonly<Record<string, string | number | boolean | null>>

interface Scope {
  columnIndex: ReadonlyMap<string, number>
  params: SqlParams
  now: Date
}

function castError(value: SqlValue, type: string): never {
  return planning(`Arrow error: Cast error: Cannot cast string '${String(value)}' to value of ${type} type`)
}

function asTimestamp(value: string | number | boolean | Date): number {
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'string') return parseUtcTimestamp(value)?.getTime() ?? castError(value, 'Timestamp')
  return unsupported(`comparing a timestamp with ${typeof value}`)
}

/** Ordering of two non-null values after DataFusion-like coercion. */
function compareNonNull(a: string | number | boolean | Date, b: string | number | boolean | Date): number {
  if (a instanceof Date || b instanceof Date) return Math.sign(asTimestamp(a) - asTimestamp(b))
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0
  const [text, other, flip] = typeof a === 'string' ? [a, b, 1] : typeof b === 'string' ? [b, a, -1] : [null, a, 1]
  if (text === null) return unsupported(`comparing ${typeof a} with ${typeof b}`)
  if (typeof other === 'number') {
    const number = Number(text)
    if (text.trim() === '' || !Number.isFinite(number)) castError(text, 'Int64')
    return flip * Math.sign(number - other)
  }
  if (text !== 'true' && text !== 'false') castError(text, 'Boolean')
  return flip * (Number(text === 'true') - Number(other))
}

function compare(a: SqlValue, b: SqlValue): number | null {
  if (a === null || b === null) return null
  return compareNonNull(a, b)
}

function likeRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? ''
    if (char === '\\' && i + 1 < pattern.length) source += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    else if (char === '%') source += '.*'
    else if (char === '_') source += '.'
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's')
}

function asBoolean(value: SqlValue): boolean | null {
  if (value === null || typeof value === 'boolean') return value
  return planning(`Error during planning: Cannot infer common argument type for logical boolean operation`)
}

function evaluate(expr: Expr, row: readonly SqlValue[], scope: Scope): SqlValue {
  switch (expr.kind) {
    case 'column':
      return row[scope.columnIndex.get(expr.name) ?? -1] ?? null
    case 'literal':
      return expr.value
    case 'now':
      return scope.now
    case 'param': {
      if (!(expr.name in scope.params)) {
        return planning(`Execution error: No value found for placeholder with name $${expr.name}`)
      }
      return scope.params[expr.name] ?? null
    }
    case 'compare': {
      const order = compare(evaluate(expr.left, row, scope), evaluate(expr.right, row, scope))
      if (order === null) return null
      switch (expr.op) {
        case '=':
          return order === 0
        case '!=':
          return order !== 0
        case '<':
          return order < 0
        case '>':
          return order > 0
        case '<=':
          return order <= 0
        case '>=':
          return order >= 0
      }
      break
    }
    case 'like': {
      const value = evaluate(expr.operand, row, scope)
      const pattern = evaluate(expr.pattern, row, scope)
      if (value === null || pattern === null) return null
      if (typeof value !== 'string' || typeof pattern !== 'string') return unsupported('LIKE on values that are not strings')
      return likeRegExp(pattern, expr.caseInsensitive).test(value) !== expr.negated
    }
    case 'isNull':
      return (evaluate(expr.operand, row, scope) === null) !== expr.negated
    case 'in': {
      const value = evaluate(expr.operand, row, scope)
      if (value === null) return null
      let sawNull = false
      for (const item of expr.list) {
        const order = compare(value, evaluate(item, row, scope))
        if (order === 0) return !expr.negated
        if (order === null) sawNull = true
      }
      return sawNull ? null : expr.negated
    }
    case 'not': {
      const value = asBoolean(evaluate(expr.operand, row, scope))
      return value === null ? null : !value
    }
    case 'and': {
      const left = asBoolean(evaluate(expr.left, row, scope))
      const right = asBoolean(evaluate(expr.right, row, scope))
      if (left === false || right === false) return false
      return left === null || right === null ? null : true
    }
    case 'or': {
      const left = asBoolean(evaluate(expr.left, row, scope))
      const right = asBoolean(evaluate(expr.right, row, scope))
      if (left === true || right === true) return true
      return left === null || right === null ? null : false
    }
  }
  return null
}

function columnsOf(expr: Expr | null): string[] {
  if (expr === null) return []
  switch (expr.kind) {
    case 'column':
      return [expr.name]
    case 'literal':
    case 'param':
    case 'now':
      return []
    case 'compare':
    case 'and':
    case 'or':
      return [...columnsOf(expr.left), ...columnsOf(expr.right)]
    case 'like':
      return [...columnsOf(expr.operand), ...columnsOf(expr.pattern)]
    case 'isNull':
    case 'not':
      return columnsOf(expr.operand)
    case 'in':
      return [...columnsOf(expr.operand), ...expr.list.flatMap(columnsOf)]
  }
}

// ---------------------------------------------------------------------------------------------
// Execution

interface Output {
  column: SqlColumn
  /** Value of this output for a group of source rows (one row when not aggregating). */
  value: (rows: readonly (readonly SqlValue[])[]) => SqlValue
  matches: (key: OrderKey) => boolean
}

function countName(column: string | null): string {
  return `count(${column ?? '*'})`
}

function sortRows<T>(rows: T[], keys: readonly { value: (row: T) => SqlValue; item: OrderItem }[]): T[] {
  if (keys.length === 0) return rows
  return rows.sort((a, b) => {
    for (const { value, item } of keys) {
      const left = value(a)
      const right = value(b)
      if (left === null && right === null) continue
      if (left === null || right === null) return (left === null) === item.nullsFirst ? -1 : 1
      const order = compareNonNull(left, right)
      if (order !== 0) return item.descending ? -order : order
    }
    return 0
  })
}

export function executeSql(sql: string, params: SqlParams, resolveTable: ResolveTable, now: Date): SqlResult {
  const query = parseSql(sql)
  const table = resolveTable(query.schema, query.table)
  const columnIndex = new Map(table.columns.map((column, index) => [column.name, index]))
  const known = (name: string): number => {
    const index = columnIndex.get(name)
    if (index === undefined) {
      const valid = table.columns.map((c) => `${query.table}.${c.name}`).join(', ')
      return planning(`Schema error: No field named ${name}. Valid fields are ${valid}.`)
    }
    return index
  }
  columnsOf(query.where).forEach(known)
  query.groupBy.forEach(known)

  const outputs: Output[] = []
  for (const item of query.items) {
    if (item.kind === 'star') {
      table.columns.forEach((column, index) => {
        outputs.push({
          column,
          value: (rows) => rows[0]?.[index] ?? null,
          matches: (k) => k.kind === 'name' && k.name === column.name,
        })
      })
    } else if (item.kind === 'column') {
      const index = known(item.name)
      const source = table.columns[index]
      const name = item.alias ?? item.name
      outputs.push({
        column: { ...source, name },
        value: (rows) => rows[0]?.[index] ?? null,
        matches: (k) => k.kind === 'name' && (k.name === name || k.name === item.name),
      })
    } else {
      const index = item.column === null ? null : known(item.column)
      const name = item.alias ?? countName(item.column)
      outputs.push({
        column: { name },
        value: (rows) => (index === null ? rows.length : rows.filter((row) => row[index] !== null).length),
        matches: (k) => (k.kind === 'name' && k.name === name) || (k.kind === 'count' && k.column === item.column),
      })
    }
  }

  const scope: Scope = { columnIndex, params, now }
  const filtered =
    query.where === null ? [...table.rows] : table.rows.filter((row) => evaluate(query.where as Expr, row, scope) === true)
  const aggregating = query.groupBy.length > 0 || query.items.some((item) => item.kind === 'count')

  const outputFor = (key: OrderKey): number => {
    if (key.kind === 'ordinal') {
      if (key.index < 1 || key.index > outputs.length) planning(`Error during planning: Order by column out of bounds`)
      return key.index - 1
    }
    return outputs.findIndex((output) => output.matches(key))
  }

  let groups: (readonly (readonly SqlValue[])[])[]
  if (aggregating) {
    for (const item of query.items) {
      if (item.kind === 'star' || (item.kind === 'column' && !query.groupBy.includes(item.name))) {
        planning(
          `Error during planning: Projection references non-aggregate values: ${item.kind === 'star' ? '*' : item.name} must appear in the GROUP BY clause or be used in an aggregate function`,
        )
      }
    }
    const groupIndexes = query.groupBy.map(known)
    const byKey = new Map<string, (readonly SqlValue[])[]>()
    for (const row of filtered) {
      const key = JSON.stringify(groupIndexes.map((i) => row[i] ?? null))
      const group = byKey.get(key)
      if (group) group.push(row)
      else byKey.set(key, [row])
    }
    groups = groupIndexes.length === 0 ? [filtered] : [...byKey.values()]
    const keys = query.orderBy.map((item) => {
      const index = outputFor(item.key)
      if (index < 0) {
        if (item.key.kind === 'name' && query.groupBy.includes(item.key.name)) {
          const source = known(item.key.name)
          return { item, value: (rows: readonly (readonly SqlValue[])[]) => rows[0]?.[source] ?? null }
        }
        return unsupported('ORDER BY on something that is neither selected nor grouped')
      }
      const output = outputs[index] as Output
      return { item, value: output.value }
    })
    sortRows(groups, keys)
  } else {
    const keys = query.orderBy.map((item) => {
      const index = outputFor(item.key)
      if (index >= 0) {
        const output = outputs[index] as Output
        return { item, value: (row: readonly SqlValue[]) => output.value([row]) }
      }
      if (item.key.kind !== 'name') return unsupported('ORDER BY COUNT without GROUP BY')
      const source = known(item.key.name)
      return { item, value: (row: readonly SqlValue[]) => row[source] ?? null }
    })
    groups = sortRows(filtered, keys).map((row) => [row])
  }

  const end = query.limit === null ? undefined : query.offset + query.limit
  const rows = groups.slice(query.offset, end).map((group) => outputs.map((output) => output.value(group)))
  return { columns: outputs.map((output) => output.column), rows }
}

/** Rows as the server's JSON writer prints them: keys in column order, null columns left out. */
export function resultToJsonRows(result: SqlResult): Record<string, string | number | boolean>[] {
  return result.rows.map((row) => {
    const object: Record<string, string | number | boolean> = {}
    result.columns.forEach((column, index) => {
      const value = row[index] ?? null
      if (value === null) return
      if (value instanceof Date)
        object[column.name] = column.renderTimestamp ? column.renderTimestamp(value) : value.toISOString()
      else object[column.name] = value
    })
    return object
  })
}
