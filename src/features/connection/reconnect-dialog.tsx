/**
 * When the server rejects the session's token mid-session (401), this dialog asks for a token
 * on top of the current page: nothing on the page, open dialogs included, is unmounted, and
 * after reconnecting every query refetches with the new token.
 */
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useNavigate } from 'react-router-dom'
import { useAppConfig, useSession, useSessionStore } from '../../session/session-context'
import { Button } from '../../ui/button'
import { Dialog, DialogContent } from '../../ui/dialog'
import { Loading } from '../../ui/loading'
import { useToast } from '../../ui/toaster'

// Needed only when a session ends; kept out of the entry chunk.
const ConnectForm = lazy(async () => ({ default: (await import('./connect-form')).ConnectForm }))

export function ReconnectDialog() {
  const session = useSession()
  const store = useSessionStore()
  const config = useAppConfig()
  const queryClient = useQueryClient()
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
          initialUrl={session.baseUrl}
          lockedUrl
          onConnected={({ token, remember }) => {
            store.connect({ baseUrl: session.baseUrl, token, demo: session.demo }, { remember })
            void queryClient.invalidateQueries()
            toast('Connected again. Nothing on this page was lost.')
          }}
        />
        </Suspense>
        <Button
          variant="ghost"
          onClick={() => {
            store.disconnect()
            queryClient.clear()
            void navigate('/connection')
          }}
        >
          Disconnect instead
        </Button>
      </DialogContent>
    </Dialog>
  )
}
