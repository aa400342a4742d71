/**
 * The products the console serves: for each, its adapter behind the port, how a connection is
 * verified, and the words and slots its screens use. The one module that imports every product;
 * screens reach products only through this and the port. Adding a product is a folder under
 * backends/ and one entry here (docs/architecture.md, "Adding a product").
 */
import { createInfluxdb3Backend } from './influxdb3/backend'
import { permissionSyntax as influxdb3PermissionSyntax } from './influxdb3/permissions'
import { createLazyManagementBackend } from './management/lazy'
import { permissionSyntax as managementPermissionSyntax } from './management/permissions'
import type { Backend, BackendConnection, PermissionSyntax, ProductId, VerifyInput, Verification } from './port'

export interface ProductEntry {
  id: ProductId
  /** The family's name, before the server says which edition it is. */
  label: string
  createBackend(connection: BackendConnection): Backend
  /** Proves a credential can manage tokens on this server, with a specific reason when not. */
  verify(input: VerifyInput): Promise<Verification>
  /** How the product's CLI writes permissions (the permission editor's text field). */
  permissionSyntax: PermissionSyntax
}

const PRODUCTS: Record<ProductId, ProductEntry> = {
  influxdb3: {
    id: 'influxdb3',
    label: 'InfluxDB 3',
    createBackend: createInfluxdb3Backend,
    // Needed only on the connect screen: loaded then, not with the first page.
    verify: async (input) => (await import('./influxdb3/verify')).verifyConnection(input),
    permissionSyntax: influxdb3PermissionSyntax,
  },
  // The management API (`/api/v0`), one adapter with two path layouts. Dedicated's base URL is
  // the management host (console.influxdata.com) and its scope carries `accountId` and
  // `clusterId`; Clustered's base URL is the cluster's host.
  'cloud-dedicated': {
    id: 'cloud-dedicated',
    label: 'InfluxDB Cloud Dedicated',
    createBackend: (connection) => createLazyManagementBackend('cloud-dedicated', connection),
    verify: async (input) => (await import('./management/verify')).verifyConnection('cloud-dedicated', input),
    permissionSyntax: managementPermissionSyntax,
  },
  clustered: {
    id: 'clustered',
    label: 'InfluxDB Clustered',
    createBackend: (connection) => createLazyManagementBackend('clustered', connection),
    verify: async (input) => (await import('./management/verify')).verifyConnection('clustered', input),
    permissionSyntax: managementPermissionSyntax,
  },
}

/** The product a session names when it names none (sessions stored before products existed). */
export const DEFAULT_PRODUCT: ProductId = 'influxdb3'

export function productEntry(id: ProductId): ProductEntry {
  return PRODUCTS[id]
}

export function isProductId(value: unknown): value is ProductId {
  return typeof value === 'string' && Object.hasOwn(PRODUCTS, value)
}
