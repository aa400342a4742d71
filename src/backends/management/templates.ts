/**
 * Cloud Dedicated and Clustered's templates: database tokens that read or write chosen databases.
 * InfluxData documentation: "Manage database tokens" (`influxctl token create --write-database`).
 */
import { pickedDatabasesTemplates, type ProductTemplates } from '../product-templates'

export const managementTemplates: ProductTemplates = {
  templates: [
    ...pickedDatabasesTemplates({
      typeId: 'database',
      noun: 'database',
      expiry: '1y',
      name: (label, date) => `${label} ${date}`,
    }),
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
