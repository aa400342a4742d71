// @ts-check
/**
 * The console's architecture as a lint rule: which folder of src/ may import which.
 * Imports are resolved to files, so `../../features/x` and `../x` are judged alike.
 * See docs/architecture.md for the picture this table encodes.
 */
import path from 'node:path'

/** The modules of backends/ that every product and every screen may use: the port and its words. */
const BACKEND_CORE = new Set([
  'port',
  'domain',
  'describe-error',
  'product-screens',
  'product-commands',
  'product-guides',
  'product-templates',
  'registry-types',
])

/**
 * Layer of a file under src/, e.g. "lib", "features/tokens", "backends/core",
 * "backends/product:influxdb3", "main".
 */
function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file).split(path.sep)
  if (rel[0] === '..' || rel.length === 0) return null
  if (rel.length === 1) return rel[0].replace(/\.[cm]?[jt]sx?$/, '')
  if (rel[0] === 'features') return rel.length > 2 ? `features/${rel[1]}` : 'features'
  if (rel[0] === 'backends') {
    if (rel.length > 2) return rel[1] === 'http' ? 'backends/http' : `backends/product:${rel[1]}`
    const name = rel[1].replace(/\.[cm]?[jt]sx?$/, '')
    return name === 'registry' ? 'backends/registry' : BACKEND_CORE.has(name) ? 'backends/core' : `backends/${name}`
  }
  return rel[0]
}

/** What every layer above the products may use of backends/: the port, its words, the registry. */
const PORT = ['backends/core', 'backends/http', 'backends/registry']

/**
 * What each layer may import from inside src/. `features/*` means the importer's own feature,
 * `backends/product:*` the importer's own product, `…:any` any one.
 */
const ALLOWED = {
  lib: ['lib'],
  'backends/http': ['backends/http', 'lib'],
  'backends/core': ['backends/core', 'backends/http', 'lib'],
  // A product folder: itself and the port, never another product.
  'backends/product:*': ['backends/product:*', 'backends/core', 'backends/http', 'lib'],
  // The one module that imports every product.
  'backends/registry': ['backends/registry', 'backends/product:any', 'backends/core', 'backends/http', 'lib'],
  ui: ['ui', 'lib'],
  // Runtime shells (browser, node, standalone) around each product's mock; the registry names the products.
  mocks: ['mocks', 'backends/product:any', 'backends/registry', 'backends/core', 'backends/http', 'lib'],
  session: ['session', ...PORT, 'lib'],
  queries: ['queries', 'session', ...PORT, 'lib'],
  'features/*': ['features/*', 'queries', 'session', ...PORT, 'ui', 'lib'],
  app: ['app', 'features/any', 'queries', 'session', ...PORT, 'ui', 'lib'],
  main: ['app', 'session', 'mocks', 'lib'],
  test: ['test', 'mocks', 'queries', 'session', 'backends/any', 'lib', 'ui', 'features/any', 'app'],
}

/** Packages a layer must not touch: the client and pure code stay framework-free. */
const FRAMEWORK = [/^react/, /^@tanstack\//, /^@radix-ui\//, /^msw/]
const FORBIDDEN_PACKAGES = {
  lib: FRAMEWORK,
  'backends/http': FRAMEWORK,
  'backends/core': FRAMEWORK,
  'backends/registry': [/^@tanstack\//, /^@radix-ui\//, /^msw/],
  mocks: [/^react/, /^@tanstack\//, /^@radix-ui\//],
  ui: [/^@tanstack\//, /^msw/],
  session: [/^@radix-ui\//, /^msw/],
  queries: [/^@radix-ui\//, /^msw/],
  'features/*': [/^msw/],
  app: [/^msw/],
}

/** The table's key for a layer: a feature or a product stands for its kind. */
function ruleKey(layer) {
  if (layer.startsWith('features/')) return 'features/*'
  if (layer.startsWith('backends/product:')) return 'backends/product:*'
  return layer
}

/** Packages a product folder may not touch: its mock/ may use msw, the rest stays framework-free. */
function forbiddenFor(layer, file) {
  if (ruleKey(layer) === 'backends/product:*') {
    return file.split(path.sep).includes('mock') ? [/^react/, /^@tanstack\//, /^@radix-ui\//] : FRAMEWORK
  }
  return FORBIDDEN_PACKAGES[ruleKey(layer)] ?? []
}

function allowed(fromLayer, toLayer) {
  const rules = ALLOWED[ruleKey(fromLayer)]
  if (!rules) return true
  return rules.some((rule) => {
    if (rule === 'features/*' || rule === 'backends/product:*') return toLayer === fromLayer
    if (rule === 'features/any') return toLayer.startsWith('features/')
    if (rule === 'backends/product:any') return toLayer.startsWith('backends/product:')
    if (rule === 'backends/any') return toLayer.startsWith('backends/')
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
      const banned = forbiddenFor(from, file)
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
