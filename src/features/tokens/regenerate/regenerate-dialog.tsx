/**
 * Regenerate the operator token: a typed confirmation, then the one-time reveal of the new
 * string. When the console itself is connected with the operator token, the session switches
 * to the new string at once, so the operator is not locked out.
 */
import { lazy, Suspense, useState } from 'react'

import type { Token } from '../../../backends/domain'
import { useRegenerateOperatorToken } from '../../../queries/token-queries'
import { useSessionStore } from '../../../session/session-context'
import { useSessionFingerprint } from '../../../session/use-session-fingerprint'
import { Button } from '../../../ui/button'
import { Dialog, DialogTrigger } from '../../../ui/dialog'
import { RotateIcon } from '../../../ui/icons'
import { useToast } from '../../../ui/toaster'
import { preloadReveal } from '../reveal/lazy-reveal'
import { LeaveGuard } from '../reveal/leave-guard'
import { useOneTimeSecret } from '../reveal/use-one-time-secret'
import { NewOperatorTokenContent } from './regenerate-steps'

const RegenerateQuestion = lazy(async () => ({ default: (await import('./regenerate-question')).RegenerateQuestion }))

export function RegenerateDialog({ token }: { token: Token }) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const store = useSessionStore()
  const sessionFingerprint = useSessionFingerprint()
  const toast = useToast()
  const secret = useOneTimeSecret()
  const sessionUsesIt = sessionFingerprint !== undefined && sessionFingerprint === token.fingerprint

  const regenerate = useRegenerateOperatorToken({
    onSecret: (created) => {
      if (sessionUsesIt) store.replaceToken(created.secret)
      secret.reveal(created)
    },
  })

  function close() {
    secret.clear()
    setTyped('')
    setOpen(false)
  }

  function requestClose() {
    // Once the new string is shown, the mutation only waits for the list to refresh: closing is safe.
    if (regenerate.isPending && !secret.created) return
    if (secret.mayClose()) close()
  }

  function openDialog() {
    preloadReveal()
    // Here rather than on close, so a close during the list refresh still gets its toast.
    regenerate.reset()
    setOpen(true)
  }

  function confirm() {
    regenerate.mutate(undefined, {
      onSuccess: () =>
        toast(
          sessionUsesIt
            ? 'Operator token regenerated. This console now uses the new string.'
            : 'Operator token regenerated. The old string no longer works.',
        ),
    })
  }

  return (
    <>
      <LeaveGuard pending={regenerate.isPending && !secret.created} unsaved={secret.unsaved} onLeave={close} />
      <Dialog open={open} onOpenChange={(next) => (next ? openDialog() : requestClose())}>
        <DialogTrigger asChild>
          <Button variant="ghost" aria-label={`Regenerate operator token ${token.name}`}>
            <RotateIcon /> Regenerate
          </Button>
        </DialogTrigger>
        {secret.created ? (
          <NewOperatorTokenContent done="regenerated" secret={secret} onRequestClose={requestClose} onClose={close} />
        ) : (
          <Suspense fallback={null}>
            <RegenerateQuestion
              operatorName={token.name}
              description={
                <>
                  The current string of <strong>{token.name}</strong> stops working at once: every client, script and session that
                  uses it gets “not authenticated” until it is given the new string.
                  {sessionUsesIt ? ' This console is connected with it and will switch to the new string by itself.' : ''}
                </>
              }
              typed={typed}
              onTyped={setTyped}
              pending={regenerate.isPending}
              error={regenerate.error}
              onConfirm={confirm}
              onCancel={requestClose}
            />
          </Suspense>
        )}
      </Dialog>
    </>
  )
}
