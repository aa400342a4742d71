/**
 * The one-time reveal of a new operator token, shared by the token list's Regenerate, the
 * recovery page and a fresh server's bootstrap (the question before it is in regenerate-question.tsx).
 * Its title says what happened, as the create dialog's "Token “…” created" does.
 */
import { Suspense } from 'react'

import { DialogContent } from '../../../ui/dialog'
import { Loading } from '../../../ui/loading'
import { LazyRevealStep } from '../reveal/lazy-reveal'
import type { RevealStepProps } from '../reveal/token-reveal'

export function NewOperatorTokenContent({ done, ...props }: RevealStepProps & { done: 'created' | 'regenerated' }) {
  return (
    <DialogContent title={`Operator token ${done}`} description="Copy the new string now. It is shown only this once.">
      <Suspense fallback={<Loading label="Loading…" />}>
        <LazyRevealStep {...props} />
      </Suspense>
    </DialogContent>
  )
}
