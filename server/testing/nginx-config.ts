/**
 * Just enough of nginx's config syntax to compare the recipe with the start command: comments,
 * quoted strings, directives and nested blocks. Each block keeps its own directives.
 */
export interface Block {
  /** The words before `{`, e.g. ['location', '~', '^/ping$']; [] for the file itself. */
  head: string[]
  directives: string[][]
  blocks: Block[]
}

function tokens(text: string): string[] {
  const out: string[] = []
  let at = 0
  while (at < text.length) {
    const char = text[at]!
    if (/\s/.test(char)) {
      at++
    } else if (char === '#') {
      at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)
    } else if (char === '{' || char === '}' || char === ';') {
      out.push(char)
      at++
    } else if (char === '"' || char === "'") {
      const end = text.indexOf(char, at + 1)
      out.push(text.slice(at + 1, end))
      at = end + 1
    } else {
      const match = /^[^\s;{}]+/.exec(text.slice(at))![0]
      out.push(match)
      at += match.length
    }
  }
  return out
}

export function parseNginx(text: string): Block {
  const root: Block = { head: [], directives: [], blocks: [] }
  const stack = [root]
  let words: string[] = []
  for (const token of tokens(text)) {
    const current = stack.at(-1)!
    if (token === ';') {
      current.directives.push(words)
      words = []
    } else if (token === '{') {
      const block: Block = { head: words, directives: [], blocks: [] }
      current.blocks.push(block)
      stack.push(block)
      words = []
    } else if (token === '}') {
      stack.pop()
    } else {
      words.push(token)
    }
  }
  return root
}

/** `add_header Name "value" always;` of one block (not inherited ones), as name → value. */
export function addedHeaders(block: Block): Record<string, string> {
  return Object.fromEntries(
    block.directives.filter(([name]) => name === 'add_header').map(([, header, value]) => [header!, value!]),
  )
}

export function directiveValues(block: Block, name: string): string[] {
  return block.directives.filter(([directive]) => directive === name).map((words) => words.slice(1).join(' '))
}

/** Every `location` block at any depth of the `server` block. */
export function locations(server: Block): Block[] {
  return server.blocks.flatMap((block) => (block.head[0] === 'location' ? [block, ...locations(block)] : []))
}
