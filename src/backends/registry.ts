/**
 * The products the console serves: for each, its label and how to load its module (adapter
 * behind the port, connection check, screens' slots). The one module that imports every
 * product; screens reach products only through this and the port. Adding a product is a folder
 * under backends/ with an `entry.ts`, and one entry here (docs/architecture.md).
 *
 * Only InfluxDB 3, the default, is in the first page's JavaScript; every other product's code
 * loads when a session or the connect screen names it (a dynamic import), so an operator of one
 * product never downloads another's.
 */
import { influxdb3 } from './influxdb3/entry'
import type { ProductModule } from './registry-types'

export type { ProductModule }

interface Registration {
  /** The family's name, before the server says which edition it is. */
  label: string
  load: () => Promise<ProductModule>
}

const PRODUCTS = {
  influxdb3: { label: 'InfluxDB 3', load: () => Promise.resolve(influxdb3) },
  influxdb2: { label: 'InfluxDB 2 / InfluxDB Cloud', load: async () => (await import('./influxdb2/entry')).influxdb2 },
  'cloud-dedicated': {
    label: 'InfluxDB Cloud Dedicated',
    load: async () => (await import('./management/entry')).cloudDedicated,
  },
  clustered: { label: 'InfluxDB Clustered', load: async () => (await import('./management/entry')).clustered },
} satisfies Record<string, Registration>

/** The products the console knows: the keys of the registry, so a new product is one entry here. */
export type ProductId = keyof typeof PRODUCTS

/** The product a session names when it names none (sessions stored before products existed). */
export const DEFAULT_PRODUCT: ProductId = 'influxdb3'

const loaded = new Map<ProductId, ProductModule>([['influxdb3', influxdb3]])
const loading = new Map<ProductId, Promise<ProductModule>>()

/** Every product, in the order the connect screen offers them. */
export function productChoices(): { id: ProductId; label: string }[] {
  return (Object.keys(PRODUCTS) as ProductId[]).map((id) => ({ id, label: PRODUCTS[id].label }))
}

export function productLabel(id: ProductId): string {
  return PRODUCTS[id].label
}

/** The product's module, loading it once; the same promise for every caller until it settles. */
export function loadProduct(id: ProductId): Promise<ProductModule> {
  const known = loaded.get(id)
  if (known) return Promise.resolve(known)
  let pending = loading.get(id)
  if (!pending) {
    pending = PRODUCTS[id].load().then(
      (module) => {
        loaded.set(id, module)
        loading.delete(id)
        return module
      },
      (error: unknown) => {
        // A failed download may succeed later (the network came back): forget it.
        loading.delete(id)
        throw error
      },
    )
    loading.set(id, pending)
  }
  return pending
}

/** The product's module if it has loaded, for code that must not wait (React renders). */
export function loadedProduct(id: ProductId): ProductModule | undefined {
  return loaded.get(id)
}

export function isProductId(value: unknown): value is ProductId {
  return typeof value === 'string' && Object.hasOwn(PRODUCTS, value)
}
