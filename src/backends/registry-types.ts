/** What each product folder hands the registry (its `entry.ts`). */
import type { Backend, BackendConnection, Verification, VerifyInput } from './port'
import type { ProductScreens } from './product-screens'

export interface ProductModule {
  createBackend: (connection: BackendConnection) => Backend
  /** Proves a credential can manage tokens on this server, with a specific reason when not. */
  verify: (input: VerifyInput) => Promise<Verification>
  /** The words and descriptors its screens use. */
  screens: ProductScreens
}
