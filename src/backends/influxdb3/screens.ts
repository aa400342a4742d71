/**
 * InfluxDB 3's slots in the shared screens: its token kinds and types, the `influxdb3` CLI's
 * permission syntax, and the lines the reveal offers. InfluxData documentation: "Manage
 * tokens", "Create a resource token" (Enterprise), "Use the HTTP API" (Bearer).
 */
import type { ProductScreens } from '../product-screens'
import { permissionSyntax } from './permissions'
import { tokenKinds } from './token-kinds'

/** Resource tokens are Enterprise's; on Core every token is an admin token. */
const enterpriseOnly = (product: string | undefined) =>
  product === 'core'
    ? 'Resource tokens need InfluxDB 3 Enterprise; this server runs InfluxDB 3 Core, where every token is an admin token.'
    : null

const EDITIONS: Record<string, string> = { core: 'InfluxDB 3 Core', enterprise: 'InfluxDB 3 Enterprise' }

export const influxdb3Screens: ProductScreens = {
  editionLabel: (product) => EDITIONS[product] ?? 'InfluxDB 3',
  connect: {
    urlPlaceholder: 'http://127.0.0.1:8181',
    tokenLabel: 'Admin token',
    tokenPlaceholder: 'apiv3_…',
    tokenHint: 'The operator token or a named admin token. It stays in this tab unless you ask to remember it.',
    directModeNote: {
      title: 'Direct mode: the browser will hide error details.',
      body: 'InfluxDB 3 sends no CORS headers with its errors, so from this page the browser cannot read why a request failed. For clear errors, start the console with INFLUXDB3_HOST_URL set and use its proxy.',
    },
    lostTokenHelp: true,
  },
  tokenKinds,
  tokenTypes: [
    {
      id: 'database',
      label: 'Database token',
      title: 'Create a database token',
      explain: 'Read and/or write chosen databases, or all of them. For Telegraf, Grafana, scripts and apps.',
      grants: { kind: 'databases' },
      unavailable: enterpriseOnly,
    },
    {
      id: 'system',
      label: 'System token',
      title: 'Create a system token',
      explain: 'Read the health, metrics and ping endpoints only. For monitoring and load balancers.',
      grants: {
        kind: 'resources',
        resourceType: 'system',
        action: 'read',
        legend: 'System endpoints (read)',
        allLabel: 'All system endpoints, including ones added later',
        allSentAs: 'system:*:read',
        choices: [
          { name: 'health', label: 'Health', explain: '/health — is the server up' },
          { name: 'metrics', label: 'Metrics', explain: '/metrics — Prometheus metrics' },
          { name: 'ping', label: 'Ping', explain: '/ping — product and version' },
        ],
        noun: { one: 'endpoint', many: 'endpoints', every: 'every system endpoint' },
      },
      unavailable: enterpriseOnly,
    },
    {
      id: 'admin',
      label: 'Admin token',
      title: 'Create an admin token',
      explain:
        'Full access: every database, every token, the server itself. For operators and automation that manages the server.',
      grants: {
        kind: 'full-access',
        summary: 'full access to this server — every database and every token —',
        neverWarning:
          'An admin token that never expires stays valid until someone deletes it. If it leaks, it grants full access indefinitely.',
      },
    },
  ],
  templates: () => import('./templates').then((m) => m.influxdb3Templates),
  permissionSyntax,
  commands: () => import('./commands').then((m) => m.influxdb3Commands),
  databaseLimitAdvice:
    'Delete a database you no longer need first (deleted databases do not count). InfluxDB 3 Core allows 5 databases; Enterprise allows 100 by default.',
  listTokensCommand: 'influxdb3 show tokens',
  reveal: {
    snippets: (secret) => [
      { id: 'token', label: 'Token', text: secret },
      { id: 'export', label: 'Shell', text: `export INFLUXDB3_AUTH_TOKEN=${secret}` },
      { id: 'header', label: 'HTTP header', text: `Authorization: Bearer ${secret}` },
    ],
    kept: 'InfluxDB 3 keeps only a hash of it.',
  },
}
