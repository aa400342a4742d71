/**
 * When the server rejects the session's token mid-session (401), this dialog asks for a token
 * on top of the current page: nothing on the page, open dialogs included, is unmounted, and
 * after reconnecting every query refetches with the new token.
 */
import { lazy, Suspense } from 'react'
import { useNavigate } from 'react-router-dom'

import { useAppConfig, useSession } from '../../session/session-context'
import { useDisconnect, useReconnect } from '../../session/use-connection'
import { Button } from '../../ui/button'
import { Dialog, DialogContent } from '../../ui/dialog'
import { Loading } from '../../ui/loading'
import { useToast } from '../../ui/toaster'

// Needed only when a session ends; kept out of the entry chunk.
const ConnectForm = lazy(async () => ({ default: (await import('./connect-form')).ConnectForm }))

export function ReconnectDialog() {
  const session = useSession()
  const config = useAppConfig()
  const reconnect = useReconnect()
  const disconnect = useDisconnect()
  const navigate = useNavigate()
  const toast = useToast()
  if (!session?.expired) return null

  return (
    <Dialog open>
      <DialogContent
        title="Connect again"
        description={session.expired}
        hideClose
        onEscapeKeyDown={(event) => event.preventDefault()}
        onPointerDownOutside={(event) => event.preventDefault()}
      >
        <Suspense fallback={<Loading label="Loading…" />}>
          <ConnectForm
            config={config}
            product={session.product}
            initialUrl={session.baseUrl}
            initialScope={session.scope}
            lockedUrl
            onConnected={({ token, remember }) => {
              reconnect(token, { remember })
              toast('Connected again. Nothing on this page was lost.')
            }}
          />
        </Suspense>
        <Button
          variant="ghost"
          onClick={() => {
            disconnect()
            void navigate('/connection')
          }}
        >
          Disconnect instead
        </Button>
      </DialogContent>
    </Dialog>
  )
}
