/**
 * "Create token": choose a type, fill its form, then the one-time reveal. The dialog cannot be
 * closed while a create is in flight (the secret would be lost), and closing the reveal before
 * anything was copied asks first.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, type Ref, Suspense, useEffect, useRef, useState, useTransition } from 'react'
import { useSearchParams } from 'react-router-dom'

import type { CreatedToken } from '../../../backends/domain'
import type { TokenTypeOption } from '../../../backends/product-screens'
import { serverInfoQuery } from '../../../queries/server-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Button } from '../../../ui/button'
import { Dialog, DialogContent, DialogTrigger } from '../../../ui/dialog'
import type { CloseGuard } from '../../../ui/discard-guard'
import { Loading } from '../../../ui/loading'
import { useToast } from '../../../ui/toaster'
import { LazyRevealStep, preloadReveal } from '../reveal/lazy-reveal'
import { LeaveGuard } from '../reveal/leave-guard'
import { useOneTimeSecret } from '../reveal/use-one-time-secret'
import { CLONE_PARAM, REPLACE_PARAM } from './copy-params'
import { DRAFT_PARAM } from './draft-param'
import type { FormSeed } from './form-seed'
import { TypeChooser } from './type-chooser'

// The form (permission grid, expiry) is loaded on first use, not with the token list. Moving
// to it is a transition, so the type chooser stays on screen while the chunk arrives instead
// of a fallback (which React would keep up for at least 300 ms once shown).
const TokenForm = lazy(async () => ({ default: (await import('./token-form')).TokenForm }))
// Shown on the reveal only, which comes after the form: loaded with it.
const RecordedExpiryCheck = lazy(async () => ({ default: (await import('../reveal/recorded-expiry')).RecordedExpiryCheck }))

const ReplaceChecklist = lazy(async () => ({ default: (await import('../replace/replace-checklist')).ReplaceChecklist }))

// Cloning reads the token from the list and fills the form: loaded when a Clone is asked for.
const CloneStep = lazy(async () => ({ default: (await import('./clone-step')).CloneStep }))
// A form filled from a link's draft (`?draft=`) or a template, and the templates beside the
// types: one chunk, loaded as "Create token" is pointed at or focused, or the dialog opens.
const prefillModule = () => import('./prefill-step')
const PrefillStep = lazy(async () => ({ default: (await prefillModule()).PrefillStep }))
const TemplateChoices = lazy(async () => ({ default: (await prefillModule()).TemplateChoices }))

/** `triggerRef`: its "Create token" button, for a page that opens it from elsewhere too (an empty list). */
export function CreateTokenDialog({ triggerRef }: { triggerRef?: Ref<HTMLButtonElement> } = {}) {
  const backend = useBackend()
  const [params, setParams] = useSearchParams()
  const cloneId = params.get(CLONE_PARAM) ?? params.get(REPLACE_PARAM)
  const draftParam = params.get(DRAFT_PARAM)
  // The URL asks once: the dialog keeps which token it copies (or the draft it fills), and the
  // parameter goes at once (a later navigation, such as closing, must not wait on the reveal's leave guard).
  const [cloneOf, setCloneOf] = useState<string | null>(null)
  // Replace: the copy, then the checklist that retires the original (`done` once it did).
  const [replacing, setReplacing] = useState<{ done: boolean } | null>(null)
  if (cloneId !== null && cloneId !== cloneOf) {
    setCloneOf(cloneId)
    setReplacing(params.has(REPLACE_PARAM) ? { done: false } : null)
  }
  // A link's draft (its parameter) or a chosen template (its seed).
  const [prefill, setPrefill] = useState<string | FormSeed | null>(null)
  if (draftParam !== null && draftParam !== prefill) setPrefill(draftParam)
  useEffect(() => {
    if (cloneId === null && draftParam === null) return
    const next = new URLSearchParams(params)
    next.delete(CLONE_PARAM)
    next.delete(DRAFT_PARAM)
    next.delete(REPLACE_PARAM)
    setParams(next, { replace: true })
  }, [cloneId, draftParam, params, setParams])
  // A copy or a draft ends in the reveal as the type chooser does: its code is asked for now.
  useEffect(() => {
    if (cloneOf !== null || prefill !== null) preloadReveal()
  }, [cloneOf, prefill])
  const screens = useProductScreens()
  const { tokenTypes } = screens
  // The chooser's templates (code and data) are asked for as "Create token" is pointed at or
  // focused, so they are usually in when it opens instead of moving its Next button after.
  const preloadChooser = () =>
    void prefillModule().then(
      (module) => module.preloadTemplates(screens),
      () => undefined,
    )
  const info = useQuery(serverInfoQuery(backend))
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const [type, setType] = useState<TokenTypeOption | null>(null)
  const [pending, setPending] = useState(false)
  const [requestedExpiry, setRequestedExpiry] = useState<number | null>(null)
  const [loadingForm, startLoadingForm] = useTransition()
  const secret = useOneTimeSecret()
  // The form's say on closing (ui/discard-guard.tsx): a filled form asks before it is thrown away.
  const formGuard = useRef<CloseGuard | null>(null)

  function close() {
    if (replacing && !replacing.done && secret.created) toast(`Replace not finished: both tokens still work.`)
    setReplacing(null)
    secret.clear()
    setType(null)
    setOpen(false)
    setCloneOf(null)
    setPrefill(null)
  }

  // The form's say (in flight, changed) ends with the form: once the string is shown only the
  // reveal decides, even before the form's last report of its request reaches this render.
  const formOpen = secret.created === null
  function requestClose() {
    if (formOpen && (pending || formGuard.current?.() === false)) return
    if (secret.mayClose()) close()
  }

  const cloning = cloneOf !== null && !secret.created
  const prefilled = secret.created ? null : prefill
  const title = secret.created
    ? `Token “${secret.created.name}” created`
    : cloning
      ? replacing
        ? 'Replace a token'
        : 'Clone a token'
      : prefilled
        ? typeof prefilled === 'string'
          ? 'Create a token from a link'
          : prefilled.type.title
        : type
          ? type.title
          : 'Create a token'
  const onCreated = (created: CreatedToken, requestedExpirySecs: number | null) => {
    setRequestedExpiry(requestedExpirySecs)
    secret.reveal(created)
    toast(`Token “${created.name}” created.`)
  }

  return (
    <>
      <LeaveGuard pending={formOpen && pending} unsaved={secret.unsaved} onLeave={close} />
      <Dialog
        open={open || cloneOf !== null || prefill !== null}
        onOpenChange={(next) => (next ? setOpen(true) : requestClose())}
      >
        <DialogTrigger asChild>
          <Button ref={triggerRef} variant="primary" onPointerEnter={preloadChooser} onFocus={preloadChooser}>
            Create token
          </Button>
        </DialogTrigger>
        <DialogContent
          title={title}
          description={
            secret.created
              ? 'Copy the token string now. It is shown only this once.'
              : type || cloning || prefilled
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
                tools={
                  replacing && cloneOf !== null
                    ? (test) => (
                        <Suspense fallback={null}>
                          <ReplaceChecklist oldId={cloneOf} test={test} onRetired={() => setReplacing({ done: true })} />
                        </Suspense>
                      )
                    : undefined
                }
                notice={
                  // Its own boundary: the reveal (and its string) must stay up while this loads.
                  <Suspense fallback={null}>
                    <RecordedExpiryCheck name={secret.created.name} requestedSecs={requestedExpiry} />
                  </Suspense>
                }
              />
            ) : cloning ? (
              <CloneStep
                tokenId={cloneOf}
                replacing={replacing !== null}
                onClose={close}
                onRequestClose={requestClose}
                closeGuard={formGuard}
                onPendingChange={setPending}
                onCreated={onCreated}
              />
            ) : prefilled ? (
              <PrefillStep
                prefill={prefilled}
                onBack={() => setPrefill(null)}
                closeGuard={formGuard}
                onDiscard={close}
                onPendingChange={setPending}
                onCreated={onCreated}
              />
            ) : type ? (
              <TokenForm
                type={type}
                onBack={() => setType(null)}
                closeGuard={formGuard}
                onDiscard={close}
                onPendingChange={setPending}
                onCreated={onCreated}
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
              >
                <Suspense fallback={null}>
                  <TemplateChoices
                    product={info.data?.product}
                    onChoose={(seed) => {
                      preloadReveal()
                      startLoadingForm(() => setPrefill(seed))
                    }}
                  />
                </Suspense>
              </TypeChooser>
            )}
          </Suspense>
        </DialogContent>
      </Dialog>
    </>
  )
}
