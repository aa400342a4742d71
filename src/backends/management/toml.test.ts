import { describe, expect, it } from 'vitest'

import { parseToml } from './toml'

/** The error of a text the reader refuses, or a failure when it accepts it. */
function refusal(text: string) {
  const result = parseToml(text)
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`)
  return { line: result.line, message: result.message }
}

describe('the TOML subset of influxctl profiles', () => {
  it('reads arrays of tables, their sub-tables, and every kind of value a profile holds', () => {
    const result = parseToml(
      [
        '# comment',
        '[[profile]]',
        '  name = "default"   # trailing comment',
        "  host = 'cluster.example.com'",
        '  port = 8_443',
        '  ratio = -1.5e3',
        '  [profile.tls]',
        '    insecure = true',
        '    disable = false',
        '  [ profile . auth . "oauth2" ]',
        '    scopes = [',
        '      "a", # first',
        '      "b",',
        '    ]',
        '    parameters = { audience = "x", "quoted key" = 1 }',
        '[[profile]]',
        '  name = "second"',
        '  auth.token.token_file = "/p/token.json"',
      ].join('\r\n'),
    )
    expect(result).toEqual({
      ok: true,
      value: {
        profile: [
          {
            name: 'default',
            host: 'cluster.example.com',
            port: 8443,
            ratio: -1500,
            tls: { insecure: true, disable: false },
            auth: { oauth2: { scopes: ['a', 'b'], parameters: { audience: 'x', 'quoted key': 1 } } },
          },
          { name: 'second', auth: { token: { token_file: '/p/token.json' } } },
        ],
      },
    })
  })

  it('reads the escapes of basic strings and leaves literal strings as they are', () => {
    expect(parseToml(String.raw`a = "tab\there \"q\" \u00e9 \U0001F680"` + '\n' + String.raw`b = 'C:\path\n'`)).toEqual({
      ok: true,
      value: { a: 'tab\there "q" é 🚀', b: String.raw`C:\path\n` },
    })
  })

  it('keeps a key named __proto__ as a key, reaching no prototype', () => {
    const result = parseToml('__proto__.polluted = "yes"\n[constructor]\nx = 1')
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    ['an unquoted text', 'name = "a"\nhost = cluster.example.com', 2, 'text needs quotes'],
    ['a line that is no key = value', '[[profile]]\n\napiv1_someword', 3, 'A key needs "=" and a value after it.'],
    ['a header left open', '[[profile]]\nname = "a"\n[profile.tls\n', 3, 'A [header] ends with ].'],
    ['an array-of-tables header left half open', '[[profile]\n', 1, 'A [[header]] ends with ]].'],
    ['a string left open', 'name = "a\n', 1, 'A string is not closed on its line.'],
    ['a multi-line string', 'a = 1\nb = """x"""', 2, 'Multi-line strings'],
    ['a date', 'a = 1979-05-27', 1, 'Dates and times are not read here.'],
    ['an unknown escape', String.raw`a = "\q"`, 1, 'an escape'],
    ['a key given twice', 'a = 1\n# gap\na = 2', 3, 'The key "a" is given twice.'],
    ['a table defined twice', '[a]\nx = 1\n[a]', 3, 'The table [a] is defined twice.'],
    ['two values on a line', 'a = 1 b = 2', 1, 'Something follows the value on its line'],
    ['an array without commas', 'a = [1 2]', 1, 'separated by commas'],
    ['an inline table left open', 'a = { b = 1\n', 1, 'An inline table’s pairs'],
    ['JSON', '{"profile": []}', 1, 'A key is missing'],
    ['a value where a table is expected', 'profile = "x"\n[profile.tls]', 2, 'already holds a value, not a table'],
    ['an array of tables over a table', '[profile]\n[[profile]]', 2, 'is not a list of tables'],
  ])('refuses %s, with its line', (_what, text, line, message) => {
    const error = refusal(text)
    expect(error.line).toBe(line)
    expect(error.message).toContain(message)
  })

  it('never quotes the stray text it refuses', () => {
    expect(refusal('[[profile]]\napiv1_pasted-secret').message).not.toContain('apiv1')
    expect(refusal('mgmt_token = apiv1_pasted').message).not.toContain('apiv1')
  })
})
