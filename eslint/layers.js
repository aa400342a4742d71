// @ts-check
/**
 * The console's architecture as a lint rule: which folder of src/ may import which.
 * Imports are resolved to files, so `../../features/x` and `../x` are judged alike.
 * See docs/architecture.md for the picture this table encodes.
 */
import path from 'node:path'

/** Layer of a file under src/, e.g. "api", "features/tokens", "main". */
function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file).split(path.sep)
  if (rel[0] === '..' || rel.length === 0) return null
  if (rel.length === 1) return rel[0].replace(/\.[cm]?[jt]sx?$/, '')
  if (rel[0] === 'features') return rel.length > 2 ? `features/${rel[1]}` : 'features'
  return rel[0]
}

/** What each layer may import from inside src/. `features/*` means the importer's own feature. */
const ALLOWED = {
  lib: ['lib'],
  api: ['api', 'lib'],
  ui: ['ui', 'lib'],
  mocks: ['mocks', 'api', 'lib'],
  session: ['session', 'api', 'lib'],
  queries: ['queries', 'session', 'api', 'lib'],
  'features/*': ['features/*', 'queries', 'session', 'api', 'ui', 'lib'],
  app: ['app', 'features/any', 'queries', 'session', 'api', 'ui', 'lib'],
  main: ['app', 'session', 'mocks', 'lib'],
  test: ['test', 'mocks', 'queries', 'session', 'api', 'lib', 'ui', 'features/any', 'app'],
}

/** Packages a layer must not touch: the client and pure code stay framework-free. */
const FORBIDDEN_PACKAGES = {
  lib: [/^react/, /^@tanstack\//, /^@radix-ui\//, /^msw/],
  api: [/^react/, /^@tanstack\//, /^@radix-ui\//, /^msw/],
  mocks: [/^react/, /^@tanstack\//, /^@radix-ui\//],
  ui: [/^@tanstack\//, /^msw/],
  session: [/^@radix-ui\//, /^msw/],
  queries: [/^@radix-ui\//, /^msw/],
  'features/*': [/^msw/],
  app: [/^msw/],
}

function allowed(fromLayer, toLayer) {
  const key = fromLayer.startsWith('features/') ? 'features/*' : fromLayer
  const rules = ALLOWED[key]
  if (!rules) return true
  return rules.some((rule) => {
    if (rule === 'features/*') return toLayer === fromLayer
    if (rule === 'features/any') return toLayer.startsWith('features/')
    return rule === toLayer
  })
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers one way: lib → api/ui → features → app.' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, additionalProperties: false }],
    messages: {
      layer: '{{from}} may not import from {{to}} (see docs/architecture.md).',
      pkg: '{{from}} may not import "{{pkg}}": this layer stays framework-free.',
    },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0]?.srcDir ?? 'src')
    const file = context.filename
    const isTest = /\.test\.[jt]sx?$/.test(file)
    const from = isTest ? 'test' : layerOf(file, srcDir)
    if (!from) return {}

    function check(node, source) {
      if (typeof source !== 'string') return
      if (source.startsWith('.')) {
        const to = layerOf(path.resolve(path.dirname(file), source), srcDir)
        if (to && !allowed(from, to)) context.report({ node, messageId: 'layer', data: { from, to } })
        return
      }
      const key = from.startsWith('features/') ? 'features/*' : from
      const banned = FORBIDDEN_PACKAGES[key] ?? []
      if (banned.some((re) => re.test(source))) context.report({ node, messageId: 'pkg', data: { from, pkg: source } })
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

export default { rules: { layers: rule } }
