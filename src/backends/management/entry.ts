/**
 * Cloud Dedicated and Clustered as the registry sees them: one adapter with two path layouts
 * (Dedicated's base URL is the management host and its scope carries `accountId` and
 * `clusterId`; Clustered's is the cluster's host). Loaded on demand.
 */
import type { ProductModule } from '../registry-types'
import { createManagementBackend, type ManagementProduct } from './backend'
import { managementScreens } from './screens'

function managementModule(product: ManagementProduct, edition: string): ProductModule {
  return {
    createBackend: (connection) => createManagementBackend(product, connection),
    verify: async (input) => (await import('./verify')).verifyConnection(product, input),
    screens: managementScreens(product, edition),
  }
}

export const cloudDedicated = managementModule('cloud-dedicated', 'InfluxDB Cloud Dedicated')
export const clustered = managementModule('clustered', 'InfluxDB Clustered')
