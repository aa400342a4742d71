/**
 * The `influxdb3` CLI and curl lines of each action, as the adapter sends it (`tokens.ts`,
 * `databases.ts`). Flags: InfluxData docs, "influxdb3 create token" (`--admin`, `--permission`,
 * `--name`, `--expiry`, `--regenerate`), "influxdb3 delete token" (`--token-name`), "influxdb3
 * create/update/delete database" (`--retention-period`, `--database`, `--hard-delete`). Both
 * read the credential from `INFLUXDB3_AUTH_TOKEN`: the CLI by itself, curl from the shell.
 */
import { apiUrl, curlCommand, type CurlSpec, shellQuote } from '../../lib/shell'
import { formatRfc3339 } from '../../lib/time'
import type { HardDelete } from '../domain'
import type { CommandContext, EquivalentCommand, ProductCommands } from '../product-commands'
import { formatPermission } from './permissions'

const AUTH = 'Bearer $INFLUXDB3_AUTH_TOKEN'

function cli(context: CommandContext, ...words: string[]): string {
  return ['influxdb3', ...words, '--host', shellQuote(context.baseUrl)].join(' ')
}

function curl(
  context: CommandContext,
  spec: Omit<CurlSpec, 'authorization' | 'url'> & { path: string; query?: Record<string, string | undefined> },
): string {
  return curlCommand({
    method: spec.method,
    url: apiUrl(context.baseUrl, spec.path, spec.query),
    authorization: AUTH,
    json: spec.json,
  })
}

function expiry(expirySecs: number | null): { flags: string[]; body: { expiry_secs?: number } } {
  return expirySecs === null
    ? { flags: [], body: {} }
    : { flags: ['--expiry', `${expirySecs}s`], body: { expiry_secs: expirySecs } }
}

function hardDeleteValue(at: HardDelete): string {
  return at instanceof Date ? formatRfc3339(at) : at
}

export const influxdb3Commands: ProductCommands = {
  listTokens: (context) => ({
    cli: cli(context, 'show', 'tokens'),
    curl: curl(context, {
      method: 'POST',
      path: '/api/v3/query_sql',
      json: { db: '_internal', q: 'SELECT * FROM system.tokens ORDER BY token_id', format: 'json' },
    }),
  }),
  createToken: (draft, context): EquivalentCommand => {
    const { flags, body } = expiry(draft.expirySecs)
    if (draft.fullAccess) {
      return {
        cli: cli(context, 'create', 'token', '--admin', '--name', shellQuote(draft.name), ...flags),
        curl: curl(context, {
          method: 'POST',
          path: '/api/v3/configure/token/named_admin',
          json: { token_name: draft.name, ...body },
        }),
      }
    }
    const permissions = draft.permissions.map((p) => ['--permission', shellQuote(formatPermission(p))]).flat()
    return {
      cli: cli(context, 'create', 'token', ...permissions, '--name', shellQuote(draft.name), ...flags),
      curl: curl(context, {
        method: 'POST',
        path: '/api/v3/enterprise/configure/token',
        json: {
          token_name: draft.name,
          permissions: draft.permissions.map((p) => ({
            resource_type: p.resourceType,
            resource_names: p.resourceNames,
            actions: p.actions,
          })),
          ...body,
        },
      }),
    }
  },
  deleteToken: (token, context) => ({
    cli: cli(context, 'delete', 'token', '--token-name', shellQuote(token.name)),
    curl: curl(context, { method: 'DELETE', path: '/api/v3/configure/token', query: { token_name: token.name } }),
  }),
  regenerateOperator: (context) => ({
    cli: cli(context, 'create', 'token', '--admin', '--regenerate'),
    curl: curl(context, { method: 'POST', path: '/api/v3/configure/token/admin/regenerate' }),
    note: 'The current operator token stops working at once; the CLI asks to confirm first.',
  }),
  createDatabase: (draft, context) => ({
    cli: cli(
      context,
      'create',
      'database',
      ...(draft.retention ? ['--retention-period', shellQuote(draft.retention)] : []),
      shellQuote(draft.name),
    ),
    curl: curl(context, {
      method: 'POST',
      path: '/api/v3/configure/database',
      json: { db: draft.name, ...(draft.retention ? { retention_period: draft.retention } : {}) },
    }),
  }),
  deleteDatabase: (name, context, hardDeleteAt = 'default') => {
    const hard = hardDeleteValue(hardDeleteAt)
    return {
      cli: cli(context, 'delete', 'database', '--hard-delete', shellQuote(hard), shellQuote(name)),
      curl: curl(context, { method: 'DELETE', path: '/api/v3/configure/database', query: { db: name, hard_delete_at: hard } }),
      note: 'The CLI asks to confirm first.',
    }
  },
  changeDatabase: (name, change, context) => {
    const retention = change.retention ?? null
    return {
      cli: cli(
        context,
        'update',
        'database',
        '--database',
        shellQuote(name),
        '--retention-period',
        shellQuote(retention ?? 'none'),
      ),
      curl: curl(context, { method: 'PUT', path: '/api/v3/configure/database', json: { db: name, retention_period: retention } }),
    }
  },
}
