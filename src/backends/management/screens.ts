/**
 * Cloud Dedicated and Clustered in the shared screens. The management API creates database
 * tokens only: read and/or write on chosen databases or on all of them (`*`); `influxctl` writes
 * them as `--read-database DB --write-database DB`. InfluxData documentation: "Manage database
 * tokens" (Cloud Dedicated, Clustered), "influxctl token create".
 */
import { isFullAccess } from '../../lib/permission'
import type { ProductScreens } from '../product-screens'
import type { ManagementProduct } from './backend'
import { managementDatabaseName } from './database-name'
import { influxctlProfileSource } from './influxctl-profile'
import { permissionSyntax } from './permissions'

/**
 * The management API's account and cluster ids are UUIDs (its OpenAPI spec, `format: uuid`). The
 * check refuses only what cannot be an id in a URL path (spaces, slashes, braces…): a test or
 * staging service may use other ids, and the server's answer to an unknown one is said plainly.
 */
const ID = /^[0-9A-Za-z_-]+$/

function idCheck(what: 'account' | 'cluster') {
  return (value: string) =>
    ID.test(value)
      ? null
      : `A ${what} ID is a UUID such as 0a1b2c3d-4e5f-6789-abcd-ef0123456789 (as in influxctl’s ${what}_id): letters, digits and dashes only.`
}

export function managementScreens(product: ManagementProduct, edition: string): ProductScreens {
  return {
    editionLabel: () => edition,
    naming: {
      label: 'Description',
      hint: 'Who or what uses the token, e.g. Telegraf on the factory floor. It need not be unique.',
      required: true,
      unique: false,
    },
    connect: {
      urlPlaceholder: product === 'cloud-dedicated' ? 'https://console.influxdata.com' : 'https://cluster.example.com',
      originOnly: true,
      tokenLabel: 'Management token',
      tokenPlaceholder: 'A management token (influxctl management create)',
      tokenHint: 'A management token, not a database token. It stays in this tab unless you ask to remember it.',
      scopeFields:
        product === 'cloud-dedicated'
          ? [
              {
                key: 'accountId',
                label: 'Account ID',
                hint: 'The UUID in your influxctl profile (config.toml, account_id).',
                check: idCheck('account'),
              },
              {
                key: 'clusterId',
                label: 'Cluster ID',
                hint: 'The UUID in your influxctl profile (config.toml, cluster_id).',
                check: idCheck('cluster'),
              },
            ]
          : undefined,
      profile: influxctlProfileSource(product),
      lostTokenHelp: false,
    },
    tokenKinds: {
      labels: { database: 'Database', unreadable: 'Unknown' },
      tones: { database: 'database' },
      filterable: ['database'],
      kindOf: (permissions) => (permissions === null || isFullAccess(permissions) ? 'unreadable' : 'database'),
      namesThatMatter: [],
    },
    tokenTypes: [
      {
        id: 'database',
        label: 'Database token',
        title: 'Create a database token',
        explain: 'Read and/or write chosen databases, or all of them. For Telegraf, Grafana, scripts and apps.',
        grants: { kind: 'databases' },
      },
    ],
    templates: async () => (await import('./templates')).managementTemplates,
    permissionSyntax,
    databaseName: managementDatabaseName,
    listTokensCommand: 'influxctl token list',
    commands: async () => (await import('./commands')).managementCommands(product),
    // Clustered's admin token lives in a Kubernetes secret; Cloud Dedicated has none.
    adminTokenGuide: product === 'clustered' ? async () => (await import('./admin-token')).clusteredAdminToken : undefined,
    noLeakCheck:
      'The management API lists no hash or fingerprint of a database token, so a string cannot be matched to its token here. Revoke the token you suspect, or the one the leaking client used.',
    reveal: {
      snippets: (secret) => [
        { id: 'token', label: 'Token', text: secret },
        { id: 'export', label: 'Shell', text: `export INFLUX_TOKEN=${secret}` },
        { id: 'header', label: 'HTTP header', text: `Authorization: Bearer ${secret}` },
      ],
      kept: 'The management API returns it only in the answer to the create.',
      // InfluxData documentation, Cloud Dedicated and Clustered "Create a database token": a new
      // token may be refused (401 Unauthorized) for a few seconds to a few minutes.
      note: 'A new token can take a few minutes to start working: if a write or query is refused with 401 Unauthorized at first, wait a little and try again.',
    },
  }
}
