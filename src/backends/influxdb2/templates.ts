/**
 * InfluxDB 2 and Cloud's templates: custom tokens that read or write chosen buckets. InfluxData
 * documentation: "Create an API token" (`influx auth create --write-bucket ID`).
 */
import type { ProductTemplates } from '../product-screens'

export const influxdb2Templates: ProductTemplates = {
  templates: [
    {
      id: 'telegraf-writer',
      label: 'Telegraf writer',
      explain: 'Write to the buckets you pick. For Telegraf and other collectors.',
      typeId: 'custom',
      name: (date) => `Telegraf writer ${date}`,
      grants: { kind: 'databases', action: 'write' },
      expiry: 'never',
      next: 'Tick Write for each bucket Telegraf writes to.',
    },
    {
      id: 'grafana-reader',
      label: 'Grafana reader',
      explain: 'Read the buckets you pick. For a Grafana data source or a dashboard.',
      typeId: 'custom',
      name: (date) => `Grafana reader ${date}`,
      grants: { kind: 'databases', action: 'read' },
      expiry: 'never',
      next: 'Tick Read for each bucket Grafana queries.',
    },
  ],
  notOffered: [
    {
      label: 'Health and metrics monitor',
      reason: 'Tokens here grant no permission on the health or metrics endpoints, so there is no monitor token to make.',
    },
    {
      label: 'CI admin for 7 days',
      reason: 'Tokens here never expire, so an all access token that ends after 7 days cannot be made.',
    },
  ],
}
