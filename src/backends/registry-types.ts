/** What each product folder hands the registry (its `entry.ts`). */
import type { ProductScreens } from './product-screens'
import type { Backend, BackendConnection, Verification, VerifyInput } from './port'

export interface ProductModule {
  createBackend: (connection: BackendConnection) => Backend
  /** Proves a credential can manage tokens on this server, with a specific reason when not. */
  verify: (input: VerifyInput) => Promise<Verification>
  /** The words and descriptors its screens use. */
  screens: ProductScreens
}
