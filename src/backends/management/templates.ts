/**
 * Cloud Dedicated and Clustered's templates: database tokens that read or write chosen databases.
 * InfluxData documentation: "Manage database tokens" (`influxctl token create --write-database`).
 */
import type { ProductTemplates } from '../product-screens'

export const managementTemplates: ProductTemplates = {
  templates: [
    {
      id: 'telegraf-writer',
      label: 'Telegraf writer',
      explain: 'Write to the databases you pick, for a year. For Telegraf and other collectors.',
      typeId: 'database',
      name: (date) => `Telegraf writer ${date}`,
      grants: { kind: 'databases', action: 'write' },
      expiry: '1y',
      next: 'Tick Write for each database Telegraf writes to.',
    },
    {
      id: 'grafana-reader',
      label: 'Grafana reader',
      explain: 'Read the databases you pick, for a year. For a Grafana data source or a dashboard.',
      typeId: 'database',
      name: (date) => `Grafana reader ${date}`,
      grants: { kind: 'databases', action: 'read' },
      expiry: '1y',
      next: 'Tick Read for each database Grafana queries.',
    },
  ],
  notOffered: [
    {
      label: 'Health and metrics monitor',
      reason: 'The management API makes database tokens only: none grants the health or metrics endpoints.',
    },
    {
      label: 'CI admin for 7 days',
      reason: 'The management API makes database tokens only, not admin tokens.',
    },
  ],
}
