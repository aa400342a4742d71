import type { Verification, VerifyInput } from '../../backends/port'
import { loadProduct, type ProductId } from '../../backends/registry'

/** Loads the product's code if need be (its download can fail too), then checks the credential. */
export async function verifyWith(product: ProductId, input: VerifyInput): Promise<Verification> {
  let module
  try {
    module = await loadProduct(product)
  } catch {
    return {
      ok: false,
      title: 'The console could not load its code for this product.',
      detail: 'The network may have dropped, or the console was updated meanwhile: reload the page and try again.',
    }
  }
  return module.verify(input)
}
