/**
 * The create form filled in advance: from a template's seed, or from a link's draft
 * (draft-link.ts) — what the link asked for on this server, with a notice for whatever was
 * dropped, or why the link cannot open a form here.
 */
import { useQuery } from '@tanstack/react-query'
import { type RefObject, useState } from 'react'

import type { CreatedToken } from '../../../backends/domain'
import { serverInfoQuery } from '../../../queries/server-queries'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { DialogActions } from '../../../ui/dialog'
import type { CloseGuard } from '../../../ui/discard-guard'
import { Loading } from '../../../ui/loading'
import { decodeDraft } from './draft-link'
import { draftSeed } from './draft-seed'
import type { FormSeed } from './form-seed'
import { TokenForm } from './token-form'

// Loaded with this step, in one chunk, by the create dialog.
export { preloadTemplates, TemplateChoices } from './template-choices'

interface StepProps {
  onBack: () => void
  /** As for the plain form: a prefilled form the user has changed asks before it is discarded. */
  closeGuard: RefObject<CloseGuard | null>
  onDiscard: () => void
  onPendingChange: (pending: boolean) => void
  onCreated: (created: CreatedToken, requestedExpirySecs: number | null) => void
}

export function PrefillStep({ prefill, ...props }: StepProps & { prefill: string | FormSeed }) {
  return typeof prefill === 'string' ? (
    <DraftStep param={prefill} {...props} />
  ) : (
    <TokenForm seed={prefill} type={prefill.type} {...props} />
  )
}

function DraftStep({ param, ...props }: StepProps & { param: string }) {
  const backend = useBackend()
  const { tokenTypes } = useProductScreens()
  const info = useQuery(serverInfoQuery(backend))
  const [now] = useState(() => Date.now())

  // Which types this server offers depends on its edition (Core has no resource tokens).
  if (info.isPending) return <Loading label="Reading the server…" />
  const read = decodeDraft(param)
  const seeded = read.ok ? draftSeed(read.draft, tokenTypes, info.data?.product, now) : null
  if (!read.ok || !seeded?.ok) {
    return (
      <>
        <Alert tone="warning" title="This link cannot open a token form here.">
          {read.ok ? (seeded && !seeded.ok ? seeded.reason : null) : read.error}
        </Alert>
        <DialogActions>
          <Button onClick={props.onBack}>Cancel</Button>
        </DialogActions>
      </>
    )
  }
  const notices = [...read.notices, ...seeded.notices]
  return (
    <>
      <p>Filled in from a link: check everything before creating.</p>
      {notices.length > 0 ? (
        <Alert tone="warning" title="Parts of the link were left out.">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <TokenForm seed={seeded.seed} type={seeded.seed.type} {...props} />
    </>
  )
}
