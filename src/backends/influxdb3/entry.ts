/** InfluxDB 3 (Core and Enterprise) as the registry sees it: adapter, connection check, screens. */
import type { ProductModule } from '../registry-types'
import { createInfluxdb3Backend } from './backend'
import { influxdb3Screens } from './screens'

export const influxdb3: ProductModule = {
  createBackend: createInfluxdb3Backend,
  // Needed only on the connect screen: loaded then, not with the first page.
  verify: async (input) => (await import('./verify')).verifyConnection(input),
  screens: influxdb3Screens,
}
