/**
 * The one-time reveal of a regenerated operator token, shared by the token list's Regenerate and
 * the recovery page (the question before it is in regenerate-question.tsx).
 */
import { Suspense } from 'react'

import { DialogContent } from '../../../ui/dialog'
import { Loading } from '../../../ui/loading'
import { LazyRevealStep } from '../reveal/lazy-reveal'
import type { RevealStepProps } from '../reveal/token-reveal'

export function NewOperatorTokenContent(props: RevealStepProps) {
  return (
    <DialogContent title="New operator token" description="Copy the new string now. It is shown only this once.">
      <Suspense fallback={<Loading label="Loading…" />}>
        <LazyRevealStep {...props} />
      </Suspense>
    </DialogContent>
  )
}
