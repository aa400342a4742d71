/**
 * InfluxDB 2 and Cloud's templates: custom tokens that read or write chosen buckets. InfluxData
 * documentation: "Create an API token" (`influx auth create --write-bucket ID`).
 */
import { pickedDatabasesTemplates, type ProductTemplates } from '../product-templates'

export const influxdb2Templates: ProductTemplates = {
  templates: [
    ...pickedDatabasesTemplates({ typeId: 'custom', noun: 'bucket', expiry: 'never', name: (label, date) => `${label} ${date}` }),
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
