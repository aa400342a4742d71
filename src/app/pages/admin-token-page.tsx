import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router-dom'

import { isProductId, loadProduct, productLabel } from '../../backends/registry'
import { AdminTokenGuidePage } from '../../features/admin-token/admin-token-guide'

/**
 * The guide of the product the URL names (`/clustered/admin-token`), if it has one. Needs no
 * session: an operator reads it to get in.
 */
export async function adminTokenLoader({ params }: LoaderFunctionArgs) {
  if (!isProductId(params.product)) return null
  try {
    const load = (await loadProduct(params.product)).screens.adminTokenGuide
    return load ? { guide: await load(), product: productLabel(params.product) } : null
  } catch {
    return 'unavailable' as const
  }
}

export function AdminTokenPage() {
  const found = useLoaderData<typeof adminTokenLoader>()
  if (found === 'unavailable') {
    return (
      <p role="alert">The console could not load this page’s code: the network may have dropped. Reload the page to try again.</p>
    )
  }
  if (found === null) {
    return (
      <>
        <h1>Page not found</h1>
        <p>
          <Link to="/tokens">Go to the tokens</Link>
        </p>
      </>
    )
  }
  return <AdminTokenGuidePage guide={found.guide} product={found.product} />
}
