/** InfluxDB 2 OSS, Cloud TSM and Cloud Serverless as the registry sees them; loaded on demand. */
import type { ProductModule } from '../registry-types'
import { createInfluxdb2Backend } from './backend'
import { influxdb2Screens } from './screens'

export const influxdb2: ProductModule = {
  createBackend: createInfluxdb2Backend,
  verify: async (input) => (await import('./verify')).verifyConnection(input),
  screens: influxdb2Screens,
}
