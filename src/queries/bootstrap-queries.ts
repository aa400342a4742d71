/** The first token of a fresh server, created from the connect screen (loaded with that screen only). */
import type { CreatedToken } from '../backends/domain'
import type { ProductId } from '../backends/registry'
import { useAppConfig, useProductModuleOf } from '../session/session-context'
import { withoutSecret } from './token-queries'
import { useExclusiveMutation } from './use-exclusive-mutation'

/**
 * Creates the operator token on a fresh server, before any session: the product's backend with
 * no token, at the address the connect screen names (the mutation's variable). Like every create
 * it hands the secret to `onSecret` only. `available` says whether the product can do this.
 */
export function useOperatorBootstrap({ product, onSecret }: { product: ProductId; onSecret: (created: CreatedToken) => void }) {
  const { createBackend } = useProductModuleOf(product)
  const { timeoutMs } = useAppConfig()
  const mutation = useExclusiveMutation({
    mutationFn: async (baseUrl: string) => {
      const backend = createBackend({ baseUrl: () => baseUrl, token: () => null, connectionKey: 'bootstrap', timeoutMs })
      if (!backend.operator?.bootstrap) throw new Error('This product cannot create its operator token from the console.')
      const created = await backend.operator.bootstrap()
      onSecret(created)
      return withoutSecret(created)
    },
  })
  const available = Boolean(
    createBackend({ baseUrl: () => '', token: () => null, connectionKey: 'bootstrap' }).operator?.bootstrap,
  )
  return { ...mutation, available }
}
