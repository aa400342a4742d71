/**
 * Changing a token's permissions in place, where the product can (`tokens.setPermissions`, the
 * management API): the new set replaces the old one. The row shows the new set as soon as the
 * server accepted it; the list is read again behind it. An answer lost on the way is checked by
 * reading the token back (by id: descriptions need not be unique).
 */
import { useQueryClient } from '@tanstack/react-query'

import type { Token } from '../backends/domain'
import { withOutcomeCheck } from '../backends/http/outcome'
import type { TokenRef } from '../backends/port'
import type { Permission } from '../lib/permission'
import { samePermissions } from '../lib/permission-diff'
import { useBackend } from '../session/session-context'
import { tokenKeys } from './token-queries'
import { useExclusiveMutation } from './use-exclusive-mutation'

export interface PermissionChange {
  token: TokenRef
  permissions: readonly Permission[]
}

export function useSetTokenPermissions() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useExclusiveMutation({
    mutationFn: async ({ token, permissions }: PermissionChange) => {
      const setPermissions = backend.tokens.setPermissions
      if (!setPermissions) throw new Error('This server cannot change a token’s permissions.')
      await withOutcomeCheck(
        () => setPermissions(token, permissions),
        async () => {
          const found = (await backend.tokens.list()).find((t) => t.id === token.id)
          return found?.permissions != null && samePermissions(found.permissions, permissions)
        },
        () => undefined,
      )
    },
    onSuccess: (_data, { token, permissions }) =>
      queryClient.setQueryData(tokenKeys.list(backend), (tokens: Token[] | undefined) =>
        tokens?.map((t) => (t.id === token.id ? { ...t, permissions: [...permissions] } : t)),
      ),
    // On failure too: a 404 or 409 means someone else revoked or changed the token meanwhile.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: tokenKeys.all(backend) }),
  })
}
