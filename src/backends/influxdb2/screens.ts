/**
 * InfluxDB 2 and Cloud's slots in the shared screens. Tokens are all-access (every resource of
 * the org) or custom (read and/or write on chosen buckets); the `influx` CLI takes one flag per
 * grant, so there is no permission text to type. InfluxData documentation: "Create an API
 * token", "influx auth create".
 */
import { isFullAccess } from '../../lib/permission'
import type { ProductScreens } from '../product-screens'
import { bucketName } from './bucket-name'
import { resourceTypeFilter, statusFilter } from './token-filters'

const EDITIONS: Record<string, string> = { influxdb2: 'InfluxDB 2', 'cloud-serverless': 'InfluxDB Cloud' }

export const influxdb2Screens: ProductScreens = {
  editionLabel: (product) => EDITIONS[product] ?? 'InfluxDB 2',
  databaseNoun: { one: 'bucket', many: 'buckets' },
  databaseName: bucketName,
  // InfluxData docs, `influx bucket create`: "The minimum retention period is one hour."
  minRetentionSeconds: 3600,
  naming: {
    label: 'Description',
    hint: 'Optional: who or what uses the token, e.g. Telegraf on the factory floor. It need not be unique.',
    required: false,
    emptyNote: 'Left empty, the token is stored without a description; the console then names it by its permissions and id.',
    unique: false,
  },
  connect: {
    urlPlaceholder: 'http://127.0.0.1:8086',
    tokenLabel: 'API token',
    tokenPlaceholder: 'The operator or an All Access token',
    tokenHint: 'The operator token made at setup, or an All Access token. It stays in this tab unless you ask to remember it.',
    directModeNote: {
      title: 'Direct mode: InfluxDB Cloud may refuse calls from this page.',
      body: 'InfluxDB 2 OSS answers calls from other origins; InfluxDB Cloud may not. If connecting fails, start the console with INFLUX_HOST set and use its proxy.',
    },
    lostTokenHelp: false,
    // InfluxData docs, "Set up InfluxDB" (`influx setup`): onboarding makes the user, org, bucket and operator token.
    firstRun: {
      title: 'New InfluxDB 2 server with no token yet?',
      body: 'It has to be set up first (a user, an organization, a bucket and the operator token); the console cannot do that. Run the CLI’s setup, then connect with the operator token it made (influx auth list shows it):',
      command: 'influx setup --host http://127.0.0.1:8086',
    },
  },
  tokenKinds: {
    labels: { 'all-access': 'All access', custom: 'Custom', unreadable: 'Unknown' },
    tones: { 'all-access': 'full-access', custom: 'database' },
    filterable: ['all-access', 'custom'],
    kindOf: (permissions) => (permissions === null ? 'unreadable' : isFullAccess(permissions) ? 'all-access' : 'custom'),
    namesThatMatter: [],
  },
  tokenFilters: [statusFilter, resourceTypeFilter],
  tokenTypes: [
    {
      id: 'custom',
      label: 'Custom token',
      title: 'Create a custom token',
      explain:
        'Read and/or write chosen buckets, telegrafs and other resources of the organization. For Telegraf, Grafana, scripts and apps.',
      grants: {
        kind: 'databases',
        more: { named: [{ resourceType: 'telegrafs', noun: { one: 'telegraf', many: 'telegrafs' } }], typeWide: true },
      },
    },
    {
      id: 'all-access',
      label: 'All access token',
      title: 'Create an all access token',
      explain:
        'Full access to the organization: every bucket, dashboard, task and token, including ones created later. For operators and automation.',
      grants: {
        kind: 'full-access',
        summary: 'full access to the organization — every bucket, task, dashboard and token —',
        neverWarning:
          'Tokens on this server never expire. If it leaks, it grants full access until someone deletes or deactivates it.',
      },
    },
  ],
  templates: async () => (await import('./templates')).influxdb2Templates,
  listTokensCommand: 'influx auth list',
  commands: async () => (await import('./commands')).influxdb2Commands,
  noLeakCheck:
    'InfluxDB 2 and Cloud list no hash or fingerprint of a token, so a string cannot be matched to its token without sending it, which the console never does. Deactivate or delete the token you suspect, or the one the leaking client used.',
  reveal: {
    snippets: (secret) => [
      { id: 'token', label: 'Token', text: secret },
      { id: 'export', label: 'Shell', text: `export INFLUX_TOKEN=${secret}` },
      { id: 'header', label: 'HTTP header', text: `Authorization: Token ${secret}` },
    ],
    kept: 'The server will not show it again.',
  },
}
