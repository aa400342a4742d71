/**
 * influxctl's connection profiles (`config.toml`) as the connect screen's fill: each `[[profile]]`
 * gives its product (`product = "dedicated"` or `"clustered"`), Cloud Dedicated's `account_id` and
 * `cluster_id`, and Clustered's address from `host`, `port` and `[profile.tls] disable` (plain
 * HTTP). A token never leaves this module: `mgmt_token`, `token`, `[profile.auth.token]
 * token_file` and `[profile.auth.oauth2]` become notes that say what to paste instead.
 *
 * InfluxData documentation: "influxctl" (Configure connection profiles) for Cloud Dedicated and
 * for Clustered, "Bypass your identity provider" (Clustered), "Manage management tokens".
 */
import type { ConnectProfile, ConnectProfileRead, ConnectProfileSource } from '../product-screens'
import { type ManagementProduct, SCOPE_KEYS } from './backend'
import { parseToml, type TomlTable, type TomlValue } from './toml'

/** influxctl's words for the products. */
const PRODUCT_WORDS: Readonly<Record<string, ManagementProduct>> = { dedicated: 'cloud-dedicated', clustered: 'clustered' }
/** Cloud Dedicated's management API; a profile's `host` is otherwise the cluster's query and write address. */
const DEDICATED_HOST = 'console.influxdata.com'
const PASTE_TOKEN = 'paste the management token into its field yourself'

const isTable = (value: TomlValue | undefined): value is TomlTable => typeof value === 'object' && !Array.isArray(value)
const table = (value: TomlValue | undefined): TomlTable => (isTable(value) ? value : {})
/** A setting as text: influxctl writes the port as a string, people write it as a number too. */
const text = (value: TomlValue | undefined): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined

export function influxctlProfileSource(chosen: ManagementProduct): ConnectProfileSource {
  return {
    label: 'Fill from an influxctl profile (config.toml)',
    hint:
      'influxctl keeps it in ~/.config/influxctl/config.toml (Linux), ~/Library/Application Support/influxctl/config.toml ' +
      '(macOS) or %APPDATA%\\influxctl\\config.toml (Windows). It is read in this browser and sent or kept nowhere; a token in it is never used.',
    accept: '.toml',
    read: (content) => readInfluxctlProfiles(content, chosen),
  }
}

/** The file's profiles, `default` first; a profile that names no product is taken for the chosen one. */
export function readInfluxctlProfiles(content: string, chosen: ManagementProduct): ConnectProfileRead {
  if (content.trim() === '') return { ok: false, error: 'There is nothing to read: the text is empty.' }
  const parsed = parseToml(content)
  if (!parsed.ok)
    return { ok: false, error: `This is not a TOML file influxctl could read. Line ${parsed.line}: ${parsed.message}` }
  const list = parsed.value.profile
  if (list === undefined) {
    return { ok: false, error: 'There is no profile in this file: influxctl’s config.toml has a [[profile]] section for each.' }
  }
  if (!Array.isArray(list) || !list.every(isTable)) {
    return {
      ok: false,
      error: 'This file’s profiles are not [[profile]] sections (each with name = "…"), which is how influxctl reads them.',
    }
  }
  const profiles = list.map((settings, index) => toProfile(settings, index, chosen))
  return { ok: true, profiles: [...profiles.filter(isDefault), ...profiles.filter((profile) => !isDefault(profile))] }
}

const isDefault = (profile: ConnectProfile) => profile.name === 'default'

function toProfile(settings: TomlTable, index: number, chosen: ManagementProduct): ConnectProfile {
  const name = text(settings.name) ?? `number ${index + 1} (it has no name)`
  const word = text(settings.product)
  const known = word !== undefined && Object.hasOwn(PRODUCT_WORDS, word) ? PRODUCT_WORDS[word] : undefined
  const product = known ?? word ?? chosen
  const notes: string[] = []
  const found =
    product === 'cloud-dedicated' ? dedicated(settings, notes) : product === 'clustered' ? clustered(settings, notes) : {}
  return { name, product, scope: {}, ...found, notes: [...notes, ...settingNotes(settings)] }
}

function dedicated(settings: TomlTable, notes: string[]): Pick<ConnectProfile, 'url' | 'scope'> {
  const scope: Record<string, string> = {}
  for (const [setting, key, label] of [
    ['account_id', SCOPE_KEYS.accountId, 'Account ID'],
    ['cluster_id', SCOPE_KEYS.clusterId, 'Cluster ID'],
  ] as const) {
    const value = text(settings[setting])
    if (value === undefined) notes.push(`It has no ${setting}: enter the ${label} yourself.`)
    else scope[key] = value
  }
  const host = text(settings.host)
  if (host === undefined) return { scope }
  if (host.toLowerCase() === DEDICATED_HOST) return { scope, url: `https://${DEDICATED_HOST}` }
  notes.push(
    `Its host (${host}) is the cluster’s address for queries and writes; the management API is at https://${DEDICATED_HOST}.`,
  )
  return { scope }
}

function clustered(settings: TomlTable, notes: string[]): Pick<ConnectProfile, 'url' | 'scope'> {
  const host = text(settings.host)
  const port = text(settings.port)
  const scheme = table(settings.tls).disable === true ? 'http' : 'https'
  if (host === undefined) {
    notes.push('It has no host: enter the server URL yourself.')
    return { scope: {} }
  }
  const url = addressOf(scheme, host, port)
  if (url === undefined) notes.push('Its host and port do not make an address: enter the server URL yourself.')
  return { scope: {}, url }
}

/** `https://host[:port]`, the port left out when it is the scheme's own; undefined when they make no address. */
function addressOf(scheme: string, host: string, port: string | undefined): string | undefined {
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return undefined
  // An IPv6 address goes in brackets.
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  try {
    const url = new URL(`${scheme}://${name}${port === undefined ? '' : `:${port}`}`)
    // A host with a path, a user or a query in it is not a host.
    return url.hostname !== '' && url.href === `${url.origin}/` ? url.origin : undefined
  } catch {
    return undefined
  }
}

/**
 * What the profile holds that no field takes: TLS settings a browser cannot follow, and every kind
 * of credential, named by its setting and never read out.
 */
function settingNotes(settings: TomlTable): string[] {
  const tls = table(settings.tls)
  const auth = table(settings.auth)
  const notes: [boolean, string][] = [
    [
      tls.insecure === true,
      'It skips the check of the server’s certificate (tls insecure); a browser cannot, so it must trust that certificate.',
    ],
    [text(tls.ca) !== undefined, 'It names its own certificate authority (tls ca): this browser must trust it too.'],
    [
      text(settings.mgmt_token) !== undefined,
      `It holds a management token (mgmt_token). The console never takes a token from a file: ${PASTE_TOKEN}.`,
    ],
    [
      text(table(auth.token).token_file) !== undefined,
      `It reads its token from a file (auth.token token_file), which a browser cannot open by its path: ${PASTE_TOKEN}.`,
    ],
    [
      isTable(auth.oauth2),
      'It signs in through an identity provider (auth.oauth2), which the console cannot do: paste a management token instead.',
    ],
    [
      text(settings.token) !== undefined,
      'It holds a database token (token), for queries and writes: the console does not use it.',
    ],
  ]
  return notes.filter(([applies]) => applies).map(([, note]) => note)
}
