/**
 * "Create token": choose a type, fill its form, then the one-time reveal. The dialog cannot be
 * closed while a create is in flight (the secret would be lost), and closing the reveal before
 * anything was copied asks first.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState, useTransition } from 'react'

import type { TokenTypeOption } from '../../../backends/product-screens'
import { serverInfoQuery } from '../../../queries/server-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Button } from '../../../ui/button'
import { Dialog, DialogContent, DialogTrigger } from '../../../ui/dialog'
import { Loading } from '../../../ui/loading'
import { useToast } from '../../../ui/toaster'
import { LazyRevealStep, preloadReveal } from '../reveal/lazy-reveal'
import { LeaveGuard } from '../reveal/leave-guard'
import { useOneTimeSecret } from '../reveal/use-one-time-secret'
import { TypeChooser } from './type-chooser'

// The form (permission grid, expiry) is loaded on first use, not with the token list. Moving
// to it is a transition, so the type chooser stays on screen while the chunk arrives instead
// of a fallback (which React would keep up for at least 300 ms once shown).
const TokenForm = lazy(async () => ({ default: (await import('./token-form')).TokenForm }))
// Shown on the reveal only, which comes after the form: loaded with it.
const RecordedExpiryCheck = lazy(async () => ({ default: (await import('../reveal/recorded-expiry')).RecordedExpiryCheck }))

export function CreateTokenDialog() {
  const backend = useBackend()
  const { tokenTypes } = useProductScreens()
  const info = useQuery(serverInfoQuery(backend))
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const [type, setType] = useState<TokenTypeOption | null>(null)
  const [pending, setPending] = useState(false)
  const [requestedExpiry, setRequestedExpiry] = useState<number | null>(null)
  const [loadingForm, startLoadingForm] = useTransition()
  const secret = useOneTimeSecret()

  function close() {
    secret.clear()
    setType(null)
    setOpen(false)
  }

  function requestClose() {
    if (pending) return
    if (secret.mayClose()) close()
  }

  const title = secret.created ? `Token “${secret.created.name}” created` : type ? type.title : 'Create a token'

  return (
    <>
      <LeaveGuard pending={pending} unsaved={secret.unsaved} onLeave={close} />
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : requestClose())}>
        <DialogTrigger asChild>
          <Button variant="primary">Create token</Button>
        </DialogTrigger>
        <DialogContent
          title={title}
          description={
            secret.created
              ? 'Copy the token string now. It is shown only this once.'
              : type
                ? undefined
                : 'What should the new token be able to do?'
          }
        >
          {/* One boundary around every step: choosing a type is a transition, so the chooser
              stays up while the form's code loads instead of a fallback. */}
          <Suspense fallback={<Loading label="Loading the form…" />}>
            {secret.created ? (
              <LazyRevealStep
                secret={secret}
                onRequestClose={requestClose}
                onClose={close}
                notice={
                  // Its own boundary: the reveal (and its string) must stay up while this loads.
                  <Suspense fallback={null}>
                    <RecordedExpiryCheck name={secret.created.name} requestedSecs={requestedExpiry} />
                  </Suspense>
                }
              />
            ) : type ? (
              <TokenForm
                type={type}
                onBack={() => setType(null)}
                onPendingChange={setPending}
                onCreated={(created, requestedExpirySecs) => {
                  setRequestedExpiry(requestedExpirySecs)
                  secret.reveal(created)
                  toast(`Token “${created.name}” created.`)
                }}
              />
            ) : (
              <TypeChooser
                types={tokenTypes}
                product={info.data?.product}
                loading={loadingForm}
                onChoose={(chosen) => {
                  preloadReveal()
                  startLoadingForm(() => setType(chosen))
                }}
              />
            )}
          </Suspense>
        </DialogContent>
      </Dialog>
    </>
  )
}
