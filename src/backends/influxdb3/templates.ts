/**
 * InfluxDB 3's templates for common jobs. Database and system tokens are resource tokens
 * (Enterprise); the type's own `unavailable` says so on Core. InfluxData documentation: "Create a
 * resource token" (`db:NAMES:write`, `system:*:read`), "Create an admin token" (`--expiry 7d`).
 */
import { pickedDatabasesTemplates, type ProductTemplates } from '../product-templates'

export const influxdb3Templates: ProductTemplates = {
  templates: [
    ...pickedDatabasesTemplates({
      typeId: 'database',
      noun: 'database',
      expiry: '1y',
      name: (label, date) => `${label.toLowerCase().replace(' ', '-')}-${date}`,
    }),
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
