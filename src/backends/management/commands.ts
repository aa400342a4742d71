/**
 * The `influxctl` and curl lines of each action, as the adapter sends it (`tokens.ts`,
 * `databases.ts`). Flags: InfluxData docs, "influxctl token create|update|revoke|list"
 * (`--read-database`, `--write-database`, `--expires-at`, `--include-revoked`), "influxctl
 * database create|update|delete" (`--retention-period`, `--max-tables`, `--max-columns`).
 * influxctl uses its profile's credential; curl reads `MANAGEMENT_TOKEN` from the shell.
 */
import type { Permission } from '../../lib/permission'
import { apiUrl, curlCommand, type CurlSpec, shellQuote } from '../../lib/shell'
import type { DatabaseLimits } from '../domain'
import type { CommandContext, EquivalentCommand, ProductCommands } from '../product-commands'
import type { ManagementProduct } from './backend'
import { createDatabaseBody, retentionToNs } from './databases'
import { API_PREFIX, dedicatedPrefix } from './paths'
import { toWire } from './permissions'
import { createTokenBody } from './tokens'

const AUTH = 'Bearer $MANAGEMENT_TOKEN'
const CLUSTERED_NOTE =
  'Some clusters serve the API under /api/v0/accounts/…/clusters/… instead; the console tries that path when this one answers 404.'

/** `--read-database a --write-database '*'`: each grant once, reads first. */
function databaseFlags(permissions: readonly Permission[]): string[] {
  const entries = toWire(permissions).filter((entry) => entry.action === 'read' || entry.action === 'write')
  entries.sort((a, b) => (a.action === b.action ? 0 : a.action === 'read' ? -1 : 1))
  return entries.map((entry) => `--${entry.action}-database ${shellQuote(entry.resource)}`)
}

function limitFlags(limits: Partial<DatabaseLimits> | undefined): string[] {
  return [
    ...(limits?.maxTables === undefined ? [] : ['--max-tables', String(limits.maxTables)]),
    ...(limits?.maxColumnsPerTable === undefined ? [] : ['--max-columns', String(limits.maxColumnsPerTable)]),
  ]
}

function limitFields(limits: Partial<DatabaseLimits> | undefined) {
  return {
    ...(limits?.maxTables === undefined ? {} : { maxTables: limits.maxTables }),
    ...(limits?.maxColumnsPerTable === undefined ? {} : { maxColumnsPerTable: limits.maxColumnsPerTable }),
  }
}

export function managementCommands(product: ManagementProduct): ProductCommands {
  const prefix = (context: CommandContext) =>
    product === 'clustered'
      ? API_PREFIX
      : dedicatedPrefix(context.scope.accountId ?? 'ACCOUNT_ID', context.scope.clusterId ?? 'CLUSTER_ID')
  const note = product === 'clustered' ? CLUSTERED_NOTE : undefined
  const curl = (context: CommandContext, spec: Omit<CurlSpec, 'authorization' | 'url'> & { path: string }) =>
    curlCommand({
      method: spec.method,
      url: apiUrl(context.baseUrl, prefix(context) + spec.path),
      authorization: AUTH,
      json: spec.json,
    })
  const tokenPath = (id: string) => `/tokens/${encodeURIComponent(id)}`
  const databasePath = (name: string) => `/databases/${encodeURIComponent(name)}`

  return {
    listTokens: (context) => ({
      cli: 'influxctl token list --include-revoked',
      curl: curl(context, { method: 'GET', path: '/tokens' }),
      note,
    }),
    createToken: (draft, context): EquivalentCommand => {
      const permissions = draft.fullAccess ? [{ resourceType: '*', resourceNames: ['*'], actions: ['*'] }] : draft.permissions
      const expiresAt = draft.expirySecs === null ? null : new Date(context.now.getTime() + draft.expirySecs * 1000)
      const body = createTokenBody({ description: draft.name, permissions, expiresAt }, 'expiration-type')
      return {
        cli: [
          'influxctl token create',
          ...databaseFlags(permissions),
          ...(body.expiresAt === undefined ? [] : ['--expires-at', body.expiresAt]),
          shellQuote(draft.name),
        ].join(' '),
        curl: curl(context, { method: 'POST', path: '/tokens', json: body }),
        note,
      }
    },
    deleteToken: (token, context) => ({
      cli: `influxctl token revoke ${shellQuote(token.id)}`,
      curl: curl(context, { method: 'DELETE', path: tokenPath(token.id) }),
      note: ['The CLI asks to confirm first.', note].filter(Boolean).join(' '),
    }),
    setDescription: (token, description, context) => ({
      curl: curl(context, { method: 'PATCH', path: tokenPath(token.id), json: { description } }),
      note: [
        'influxctl token update replaces the permissions with the flags it is given and documents no description flag; use the curl line.',
        note,
      ]
        .filter(Boolean)
        .join(' '),
    }),
    setPermissions: (token, permissions, context) => ({
      cli: ['influxctl token update', ...databaseFlags(permissions), shellQuote(token.id)].join(' '),
      curl: curl(context, { method: 'PATCH', path: tokenPath(token.id), json: { permissions: toWire(permissions) } }),
      note: ['Both replace every permission the token had.', note].filter(Boolean).join(' '),
    }),
    createDatabase: (draft, context) => ({
      cli: [
        'influxctl database create',
        ...(draft.retention ? ['--retention-period', shellQuote(draft.retention)] : []),
        ...limitFlags(draft.limits),
        shellQuote(draft.name),
      ].join(' '),
      curl: curl(context, { method: 'POST', path: '/databases', json: createDatabaseBody(draft) }),
      note,
    }),
    deleteDatabase: (name, context) => ({
      cli: `influxctl database delete ${shellQuote(name)}`,
      curl: curl(context, { method: 'DELETE', path: databasePath(name) }),
      note: ['The CLI asks to confirm first.', note].filter(Boolean).join(' '),
    }),
    changeDatabase: (name, change, context) => ({
      cli: [
        'influxctl database update',
        ...(change.retention === undefined ? [] : ['--retention-period', shellQuote(change.retention ?? '0d')]),
        ...limitFlags(change.limits),
        shellQuote(name),
      ].join(' '),
      curl: curl(context, {
        method: 'PATCH',
        path: databasePath(name),
        json: {
          ...limitFields(change.limits),
          ...(change.retention === undefined ? {} : { retentionPeriod: retentionToNs(change.retention) }),
        },
      }),
      note,
    }),
  }
}
