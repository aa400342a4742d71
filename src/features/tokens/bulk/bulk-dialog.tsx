/**
 * A bulk action's confirmation, run and result in one alert dialog: it names the count and lists
 * the tokens (and those left out, with why), then sends one request per token with a progress
 * count and a Stop button, then shows how each ended. The list refreshes after the run.
 */
import { useRef, useState } from 'react'

import type { Token } from '../../../backends/domain'
import { isolate } from '../../../lib/bidi'
import { tokenLabel } from '../../../lib/token-describe'
import { useBulkTokenRequests } from '../../../queries/token-bulk'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { AlertDialog, AlertDialogContent, DialogActions } from '../../../ui/dialog'
import styles from './bulk.module.css'
import { ACTION_WORDS, type BulkPlan } from './bulk-plan'
import { BulkResults } from './bulk-results'
import { type BulkResult, runBulk } from './bulk-runner'

type Phase = { step: 'review' } | { step: 'running'; settled: number } | { step: 'done'; results: BulkResult<Token>[] }

export interface BulkRequest {
  plan: BulkPlan
  /** What the tokens are, in the title: "expired tokens" for a purge. */
  noun?: string
}

export function BulkDialog({
  request,
  onClose,
}: {
  request: BulkRequest | null
  /** With the results, when a run took place. */
  onClose: (results?: readonly BulkResult<Token>[]) => void
}) {
  return (
    <AlertDialog open={request !== null}>
      {request ? (
        <BulkContent key={request.plan.included.map((t) => t.id).join(' ')} request={request} onClose={onClose} />
      ) : null}
    </AlertDialog>
  )
}

const plural = (count: number, noun: string) => `${count} ${noun.replace(/s$/, count === 1 ? '' : 's')}`

function BulkContent({ request, onClose }: { request: BulkRequest; onClose: (results?: readonly BulkResult<Token>[]) => void }) {
  const { plan, noun = 'tokens' } = request
  const words = ACTION_WORDS[plan.action]
  const total = plan.included.length
  const { request: requestFor, refresh } = useBulkTokenRequests()
  const [phase, setPhase] = useState<Phase>({ step: 'review' })
  const [stopping, setStopping] = useState(false)
  const controller = useRef<AbortController | null>(null)

  async function start() {
    if (phase.step !== 'review' || total === 0) return
    controller.current = new AbortController()
    setPhase({ step: 'running', settled: 0 })
    const results = await runBulk(plan.included, requestFor(plan.action), {
      signal: controller.current.signal,
      onSettled: (_result, settled) => setPhase({ step: 'running', settled }),
    })
    setPhase({ step: 'done', results })
    void refresh()
  }

  const close = () => onClose(phase.step === 'done' ? phase.results : undefined)
  const title =
    phase.step === 'done'
      ? `${words.doing} ${plural(total, noun)}: finished`
      : total === 0
        ? `Nothing to ${words.verb.toLowerCase()}`
        : `${words.verb} ${plural(total, noun)}?`

  return (
    <AlertDialogContent
      title={title}
      className={styles.dialog}
      description={
        phase.step === 'review' ? (
          <p>
            {total === 0
              ? 'None of these tokens can be included here; the list below says why.'
              : `Every client using one of these tokens loses access at once. One request is sent per token; you can stop between requests.`}
          </p>
        ) : phase.step === 'running' ? (
          <p>Stop sends no further requests; those already sent finish.</p>
        ) : (
          <p>How each request ended. The list has been refreshed from the server.</p>
        )
      }
      onEscapeKeyDown={(event) => {
        event.preventDefault()
        if (phase.step !== 'running') close()
      }}
    >
      {phase.step === 'review' ? <Review plan={plan} /> : null}
      {phase.step === 'running' ? (
        <div className={styles.progress}>
          <p role="status">
            {words.doing}… {phase.settled} of {total}
          </p>
          <progress max={total} value={phase.settled} aria-label={`${words.doing} tokens`} />
        </div>
      ) : null}
      {phase.step === 'done' ? <BulkResults results={phase.results} done={words.done} /> : null}
      <DialogActions>
        {phase.step === 'review' ? (
          <>
            <Button onClick={close}>Cancel</Button>
            {total > 0 ? (
              <Button variant="danger" onClick={() => void start()}>
                {words.verb} {plural(total, noun)}
              </Button>
            ) : null}
          </>
        ) : phase.step === 'running' ? (
          <Button
            disabled={stopping}
            onClick={() => {
              setStopping(true)
              controller.current?.abort()
            }}
          >
            {stopping ? 'Stopping…' : 'Stop'}
          </Button>
        ) : (
          <Button variant="primary" onClick={close}>
            Close
          </Button>
        )}
      </DialogActions>
    </AlertDialogContent>
  )
}

/** The tokens a run will include, and those it leaves out with the reason. */
function Review({ plan }: { plan: BulkPlan }) {
  return (
    <>
      {plan.included.length > 0 ? (
        <ul className={styles.tokens} aria-label="Tokens included">
          {plan.included.map((token) => (
            <li key={token.id}>
              <bdi>{tokenLabel(token)}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {plan.leftOut.length > 0 ? (
        <Alert tone="warning" title={`Left out: ${plural(plan.leftOut.length, 'tokens')}`}>
          <ul className={styles.tokens} aria-label="Tokens left out">
            {plan.leftOut.map(({ token, reason }) => (
              <li key={token.id}>
                <strong>{isolate(tokenLabel(token))}</strong>: {reason}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  )
}
