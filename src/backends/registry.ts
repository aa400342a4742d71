/**
 * The products the console serves: for each, its adapter behind the port, how a connection is
 * verified, and the words and slots its screens use. The one module that imports every product;
 * screens reach products only through this and the port. Adding a product is a folder under
 * backends/ and one entry here (docs/architecture.md, "Adding a product").
 */
import { createInfluxdb2Backend } from './influxdb2/backend'
import { createInfluxdb3Backend } from './influxdb3/backend'
import { permissionSyntax as influxdb3PermissionSyntax } from './influxdb3/permissions'
import type { Backend, BackendConnection, PermissionSyntax, ProductId, VerifyInput, Verification } from './port'

export interface ProductEntry {
  id: ProductId
  /** The family's name, before the server says which edition it is. */
  label: string
  createBackend(connection: BackendConnection): Backend
  /** Proves a credential can manage tokens on this server, with a specific reason when not. */
  verify(input: VerifyInput): Promise<Verification>
  /**
   * How the product's CLI writes permissions (the permission editor's text field). Absent where
   * the CLI has no permission text to type: the `influx` CLI takes one flag per grant
   * (`--read-bucket ID`, `--write-telegrafs`…), not a grammar.
   */
  permissionSyntax?: PermissionSyntax | undefined
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
  influxdb2: {
    id: 'influxdb2',
    label: 'InfluxDB 2 / InfluxDB Cloud',
    createBackend: createInfluxdb2Backend,
    verify: async (input) => (await import('./influxdb2/verify')).verifyConnection(input),
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
