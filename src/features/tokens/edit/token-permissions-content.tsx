/** The permission editor's content, loaded when first opened (token-permissions-dialog.tsx). */
import type { RefObject } from 'react'

import type { Token } from '../../../backends/domain'
import { isolate } from '../../../lib/bidi'
import { useSetTokenPermissions } from '../../../queries/token-permissions'
import { useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { DialogActions, DialogClose, DialogContent } from '../../../ui/dialog'
import type { CloseGuard } from '../../../ui/discard-guard'
import { editableGrid } from './permission-edit-model'
import { PermissionsForm } from './permissions-form'

export function PermissionsContent({
  token,
  closeGuard,
  onClose,
}: {
  token: Token
  closeGuard: RefObject<CloseGuard | null>
  onClose: () => void
}) {
  const editable = editableGrid(token.permissions)
  const save = useSetTokenPermissions()
  // Not closed while the change is on its way: its outcome is told here.
  const keepOpen = (event: Event) => {
    if (save.isPending) event.preventDefault()
  }
  return (
    <DialogContent
      title={`Edit permissions of token “${isolate(token.name)}”`}
      description="Saving replaces the token’s whole permission set. Its string stays the same: clients using it keep it."
      onEscapeKeyDown={keepOpen}
      onInteractOutside={keepOpen}
    >
      {editable.ok && token.permissions ? (
        <PermissionsForm
          token={token}
          current={token.permissions}
          initial={editable}
          save={save}
          closeGuard={closeGuard}
          onClose={onClose}
        />
      ) : (
        <Unreadable token={token} reason={editable.ok ? '' : editable.reason} />
      )}
    </DialogContent>
  )
}

/** Permissions the grid cannot hold are not edited: saving would drop what it cannot show. */
function Unreadable({ token, reason }: { token: Token; reason: string }) {
  const { listTokensCommand } = useProductScreens()
  return (
    <>
      <Alert tone="warning" title="The console cannot edit these permissions.">
        <p>{reason}</p>
        <p>
          As the server wrote them: <code dir="ltr">{token.permissionsText}</code>
          {listTokensCommand ? (
            <>
              {' '}
              (see them with <code>{listTokensCommand}</code>)
            </>
          ) : null}
          .
        </p>
      </Alert>
      <DialogActions>
        <DialogClose asChild>
          <Button variant="primary">Close</Button>
        </DialogClose>
      </DialogActions>
    </>
  )
}
