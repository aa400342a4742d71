/**
 * InfluxDB 3's templates for common jobs. Database and system tokens are resource tokens
 * (Enterprise); the type's own `unavailable` says so on Core. InfluxData documentation: "Create a
 * resource token" (`db:NAMES:write`, `system:*:read`), "Create an admin token" (`--expiry 7d`).
 */
import type { ProductTemplates } from '../product-screens'

export const influxdb3Templates: ProductTemplates = {
  templates: [
    {
      id: 'telegraf-writer',
      label: 'Telegraf writer',
      explain: 'Write to the databases you pick, for a year. For Telegraf and other collectors.',
      typeId: 'database',
      name: (date) => `telegraf-writer-${date}`,
      grants: { kind: 'databases', action: 'write' },
      expiry: '1y',
      next: 'Tick Write for each database Telegraf writes to.',
    },
    {
      id: 'grafana-reader',
      label: 'Grafana reader',
      explain: 'Read the databases you pick, for a year. For a Grafana data source or a dashboard.',
      typeId: 'database',
      name: (date) => `grafana-reader-${date}`,
      grants: { kind: 'databases', action: 'read' },
      expiry: '1y',
      next: 'Tick Read for each database Grafana queries.',
    },
    {
      id: 'monitor',
      label: 'Health and metrics monitor',
      explain: 'Read every system endpoint (system:*:read): health, metrics and ping, for a year. For monitoring.',
      typeId: 'system',
      name: (date) => `monitor-${date}`,
      grants: { kind: 'resources', names: '*' },
      expiry: '1y',
      next: 'Every system endpoint is chosen; untick “All system endpoints” to narrow it.',
    },
    {
      id: 'ci-admin',
      label: 'CI admin for 7 days',
      explain: 'Full access that ends after 7 days. For a CI job that sets up databases and tokens.',
      typeId: 'admin',
      name: (date) => `ci-admin-${date}`,
      grants: { kind: 'full-access' },
      expiry: '7d',
      next: 'Full access until the expiry: keep the token in the CI’s secret store only.',
    },
  ],
  notOffered: [],
}
