/**
 * The `influx` CLI and curl lines of each action, as the adapter sends it (`backend.ts`,
 * `client.ts`). Flags: InfluxData docs, "influx auth create" (`--org-id`, `--description`,
 * `--all-access`, `--read-bucket ID`, `--read-buckets`, …), "influx auth active|inactive|delete"
 * (`--id`), "influx bucket create|update|delete" (`--name`, `--id`, `--retention`). Both read the
 * credential from `INFLUX_TOKEN`: the CLI by itself, curl from the shell.
 *
 * The API and `--read-bucket` take bucket ids and the console shows names, so a command that
 * needs one first looks it up by name (`GET /api/v2/buckets?orgID=…&name=…`, read with `jq`)
 * into a shell variable, and uses the variable.
 */
import { parseHumantime } from '../../lib/duration'
import { DATABASE_RESOURCE, type Permission, WILDCARD } from '../../lib/permission'
import { apiUrl, curlCommand, shellQuote } from '../../lib/shell'
import type { CommandContext, EquivalentCommand, ProductCommands } from '../product-commands'

const AUTH = 'Token $INFLUX_TOKEN'
const LOOKUP_NOTE = 'Bucket and Telegraf configuration ids are looked up by name first (needs jq).'
const TELEGRAFS = 'telegrafs'
/** The resource types `influx auth create` has `--read-…`/`--write-…` flags for, by their flag word. */
const CLI_TYPES: Readonly<Record<string, string>> = {
  buckets: 'buckets',
  checks: 'checks',
  dashboards: 'dashboards',
  dbrp: 'dbrps',
  notificationEndpoints: 'notificationEndpoints',
  notificationRules: 'notificationRules',
  orgs: 'orgs',
  tasks: 'tasks',
  telegrafs: 'telegrafs',
  users: 'user',
}

const orgOf = (context: CommandContext) => context.scope.orgID ?? 'ORG_ID'
const url = (context: CommandContext, path: string, query?: Record<string, string | undefined>) =>
  apiUrl(context.baseUrl, path, query)
const influx = (context: CommandContext, ...words: string[]) =>
  ['influx', ...words, '--host', shellQuote(context.baseUrl)].join(' ')

/** `NAME=$(curl … | jq -r '.buckets[0].id')`: a bucket's id by its name, in the org. */
function bucketLookup(variable: string, name: string, context: CommandContext): string {
  const list = `curl -s ${shellQuote(url(context, '/api/v2/buckets', { orgID: orgOf(context), name }))} -H "Authorization: ${AUTH}"`
  return `${variable}=$(${list} | jq -r '.buckets[0].id')`
}

/**
 * `NAME=$(curl … | jq -r …)`: a Telegraf configuration's id by its name, in the org (the API lists
 * them all; `influx auth create` has no flag for one configuration, only `--read-telegrafs`).
 */
function telegrafLookup(variable: string, name: string, context: CommandContext): string {
  const list = `curl -s ${shellQuote(url(context, '/api/v2/telegrafs', { orgID: orgOf(context) }))} -H "Authorization: ${AUTH}"`
  return `${variable}=$(${list} | jq -r ${shellQuote(`.configurations[] | select(.name == ${JSON.stringify(name)}) | .id`)})`
}

/** Names of specific grants on a type, each with the shell variable that will hold its id. */
function idVariables(permissions: readonly Permission[], type: string, prefix: string): Map<string, string> {
  const names = permissions
    .filter((p) => p.resourceType === type)
    .flatMap((p) => p.resourceNames)
    .filter((name) => name !== WILDCARD)
  return new Map([...new Set(names)].map((name, index) => [name, `${prefix}_ID_${index + 1}`]))
}

const actionsOf = (p: Permission) => (p.actions.includes(WILDCARD) ? ['read', 'write'] : p.actions)

/** `--read-bucket "$BUCKET_ID_1" --write-buckets …`, or null when a grant has no CLI flag. */
function cliFlags(permissions: readonly Permission[], ids: Map<string, string>): string[] | null {
  const flags: string[] = []
  for (const permission of permissions) {
    const type = permission.resourceType === DATABASE_RESOURCE ? 'buckets' : permission.resourceType
    const word = CLI_TYPES[type]
    for (const action of actionsOf(permission)) {
      for (const name of permission.resourceNames) {
        if (type === 'buckets' && name !== WILDCARD) flags.push(`--${action}-bucket "$${ids.get(name) ?? ''}"`)
        else if (word !== undefined && name === WILDCARD) flags.push(`--${action}-${word}`)
        else return null
      }
    }
  }
  return flags
}

/** The create body's permissions as `toWire` sends them; ids as `@@VAR@@`, spliced into the shell word later. */
function bodyPermissions(
  permissions: readonly Permission[],
  ids: Map<string, string>,
  telegrafs: Map<string, string>,
  orgID: string,
) {
  return permissions.flatMap((permission) => {
    const type = permission.resourceType === DATABASE_RESOURCE ? 'buckets' : permission.resourceType
    return actionsOf(permission).flatMap((action) =>
      permission.resourceNames.map((name) => {
        if (type === 'orgs') return { action, resource: { type, id: name === WILDCARD ? orgID : name } }
        if (name === WILDCARD) return { action, resource: { type, orgID } }
        const variable = type === 'buckets' ? ids.get(name) : type === TELEGRAFS ? telegrafs.get(name) : undefined
        const id = variable === undefined ? name : `@@${variable}@@`
        return { action, resource: { type, id, orgID } }
      }),
    )
  })
}

/**
 * A `--data` word whose `"@@VAR@@"` ids become `"$VAR"`: the single-quoted word is closed around
 * the variable. A name holding that text is JSON-escaped (`\"`), so it never matches.
 */
function spliceVariables(command: string): string {
  return command.replace(/"@@((?:BUCKET|TELEGRAF)_ID_\d+)@@"/g, `"'"$$$1"'"`)
}

function retentionRules(retention: string | null | undefined) {
  const seconds = retention ? parseHumantime(retention) : 0
  return [{ type: 'expire', everySeconds: seconds ?? 0 }]
}

function createToken(
  draft: { name: string; fullAccess: boolean; permissions: readonly Permission[] },
  context: CommandContext,
): EquivalentCommand {
  const orgID = orgOf(context)
  const head = ['auth', 'create', '--org-id', shellQuote(orgID), '--description', shellQuote(draft.name)]
  if (draft.fullAccess) {
    return {
      cli: influx(context, ...head, '--all-access'),
      note: 'The API has no all-access switch: the console, like --all-access, sends read and write on every resource type that GET /api/v2/resources lists.',
    }
  }
  const ids = idVariables(draft.permissions, DATABASE_RESOURCE, 'BUCKET')
  const telegrafs = idVariables(draft.permissions, TELEGRAFS, 'TELEGRAF')
  const lookups = [
    ...[...ids].map(([name, variable]) => bucketLookup(variable, name, context)),
    ...[...telegrafs].map(([name, variable]) => telegrafLookup(variable, name, context)),
  ]
  const flags = cliFlags(draft.permissions, ids)
  const post = curlCommand({
    method: 'POST',
    url: url(context, '/api/v2/authorizations'),
    authorization: AUTH,
    json: { orgID, description: draft.name, permissions: bodyPermissions(draft.permissions, ids, telegrafs, orgID) },
  })
  const notes = [
    ...(lookups.length > 0 ? [LOOKUP_NOTE] : []),
    ...(flags === null ? ['The influx CLI has no flag for one of these grants; use the curl line.'] : []),
  ]
  return {
    cli: flags === null ? undefined : [...lookups, influx(context, ...head, ...flags)].join('\n'),
    curl: [...lookups, spliceVariables(post)].join('\n'),
    note: notes.length > 0 ? notes.join(' ') : undefined,
  }
}

const authPath = (id: string) => `/api/v2/authorizations/${encodeURIComponent(id)}`

export const influxdb2Commands: ProductCommands = {
  listTokens: (context) => ({
    cli: influx(context, 'auth', 'list', '--org-id', shellQuote(orgOf(context))),
    curl: curlCommand({
      method: 'GET',
      url: url(context, '/api/v2/authorizations', { orgID: orgOf(context) }),
      authorization: AUTH,
    }),
  }),
  createToken,
  deleteToken: (token, context) => ({
    cli: influx(context, 'auth', 'delete', '--id', shellQuote(token.id)),
    curl: curlCommand({ method: 'DELETE', url: url(context, authPath(token.id)), authorization: AUTH }),
  }),
  setStatus: (token, status, context) => ({
    cli: influx(context, 'auth', status, '--id', shellQuote(token.id)),
    curl: curlCommand({ method: 'PATCH', url: url(context, authPath(token.id)), authorization: AUTH, json: { status } }),
  }),
  setDescription: (token, description, context) => ({
    curl: curlCommand({ method: 'PATCH', url: url(context, authPath(token.id)), authorization: AUTH, json: { description } }),
    note: 'The influx CLI cannot change a description; use the curl line.',
  }),
  createDatabase: (draft, context) => ({
    cli: influx(
      context,
      'bucket',
      'create',
      '--org-id',
      shellQuote(orgOf(context)),
      '--name',
      shellQuote(draft.name),
      ...(draft.retention ? ['--retention', shellQuote(draft.retention)] : []),
    ),
    curl: curlCommand({
      method: 'POST',
      url: url(context, '/api/v2/buckets'),
      authorization: AUTH,
      json: { orgID: orgOf(context), name: draft.name, retentionRules: draft.retention ? retentionRules(draft.retention) : [] },
    }),
  }),
  deleteDatabase: (name, context) => {
    const lookup = bucketLookup('BUCKET_ID_1', name, context)
    return {
      cli: influx(context, 'bucket', 'delete', '--org-id', shellQuote(orgOf(context)), '--name', shellQuote(name)),
      curl: [
        lookup,
        curlCommand({ method: 'DELETE', url: url(context, '/api/v2/buckets/'), urlVariable: 'BUCKET_ID_1', authorization: AUTH }),
      ].join('\n'),
      note: LOOKUP_NOTE,
    }
  },
  changeDatabase: (name, change, context) => {
    const lookup = bucketLookup('BUCKET_ID_1', name, context)
    const retention = change.retention ?? null
    return {
      cli: [
        lookup,
        influx(context, 'bucket', 'update', '--id', '"$BUCKET_ID_1"', '--retention', shellQuote(retention ?? '0')),
      ].join('\n'),
      curl: [
        lookup,
        curlCommand({
          method: 'PATCH',
          url: url(context, '/api/v2/buckets/'),
          urlVariable: 'BUCKET_ID_1',
          authorization: AUTH,
          json: { retentionRules: retentionRules(retention) },
        }),
      ].join('\n'),
      note: LOOKUP_NOTE,
    }
  },
}
