/**
 * Risk at a glance above the token list: a banner when tokens expire within 7 days, counts that
 * set the filter, and the expiry timeline behind a disclosure. Loaded with the list's rows, not in
 * the first page's JavaScript. Expiry counts and the timeline only where tokens can expire.
 */
import { lazy, type ReactNode, Suspense, useId, useMemo, useState } from 'react'

import { formatUtcDate } from '../../../lib/relative-time'
import { useBackend, useProductScreens } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { ErrorIcon, InfinityIcon, WarningIcon } from '../../../ui/icons'
import { Loading } from '../../../ui/loading'
import type { TokenIndex } from './token-filters'
import type { UpdateTokenView } from './token-list-filters'
import styles from './token-overview.module.css'
import { riskCounts } from './token-risk'
import type { TokenView } from './token-view'

const ExpiryTimeline = lazy(async () => ({ default: (await import('./expiry-timeline')).ExpiryTimeline }))

const count = new Intl.NumberFormat('en')
const tokens = (n: number) => `${count.format(n)} ${n === 1 ? 'token' : 'tokens'}`

export function TokenOverview({
  index,
  view,
  now,
  update,
}: {
  index: TokenIndex
  view: TokenView
  now: number
  update: UpdateTokenView
}) {
  // InfluxDB 2's tokens cannot expire; the management API has no full-access kind.
  const canExpire = useBackend().tokens.neverExpire !== true
  const hasFullAccess = Object.values(useProductScreens().tokenKinds.tones).some(
    (tone) => tone === 'operator' || tone === 'full-access',
  )
  const counts = useMemo(
    () => riskCounts(index, view, now),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the view's fields are the inputs
    [index, now, view.q, view.kind, view.db, view.expiry, view.full, view.day, view.revoked],
  )
  const [timelineOpen, setTimelineOpen] = useState(false)
  const timelineId = useId()
  const expiring = view.expiry === 'expiring'
  const showExpiry = (expiry: 'expired' | 'expiring' | 'never') =>
    update({ expiry: view.expiry === expiry ? null : expiry, day: null })

  return (
    <div className={styles.overview}>
      {canExpire && counts.expiring > 0 ? (
        <Alert
          tone="warning"
          title={`${tokens(counts.expiring)} ${counts.expiring === 1 ? 'expires' : 'expire'} within 7 days.`}
          action={expiring ? null : <Button onClick={() => showExpiry('expiring')}>Show them</Button>}
        >
          Clients using {counts.expiring === 1 ? 'it' : 'them'} lose access then: create replacements before.
        </Alert>
      ) : null}
      <div role="group" aria-label="Tokens at risk" className={styles.counts}>
        {canExpire ? (
          <>
            <Count
              n={counts.expired}
              label="expired"
              icon={<ErrorIcon />}
              active={view.expiry === 'expired'}
              onClick={() => showExpiry('expired')}
            />
            <Count
              n={counts.expiring}
              label="expire within 7 days"
              icon={<WarningIcon />}
              active={expiring}
              onClick={() => showExpiry('expiring')}
            />
            <Count
              n={counts.never}
              label="never expire"
              icon={<InfinityIcon />}
              active={view.expiry === 'never'}
              onClick={() => showExpiry('never')}
            />
          </>
        ) : (
          <p className={styles.note}>
            <InfinityIcon /> Tokens on this server do not expire.
          </p>
        )}
        {hasFullAccess ? (
          <Count
            n={counts.full}
            label="full access"
            icon={<WarningIcon />}
            active={view.full}
            onClick={() => update({ full: !view.full })}
          />
        ) : null}
        {canExpire ? (
          <Button
            variant="ghost"
            aria-expanded={timelineOpen}
            aria-controls={timelineId}
            onClick={() => setTimelineOpen((open) => !open)}
          >
            {timelineOpen ? 'Hide expiry timeline' : 'Expiry timeline'}
          </Button>
        ) : null}
      </div>
      {view.day ? (
        <p className={styles.note}>
          Tokens that expire on {formatUtcDate(Date.parse(view.day))} (UTC).{' '}
          <Button variant="ghost" onClick={() => update({ day: null })}>
            Every expiry date
          </Button>
        </p>
      ) : null}
      <div id={timelineId} hidden={!timelineOpen}>
        {timelineOpen ? (
          <Suspense fallback={<Loading label="Loading the expiry timeline…" />}>
            <ExpiryTimeline tokens={index.tokens} now={now} view={view} update={update} />
          </Suspense>
        ) : null}
      </div>
    </div>
  )
}

/** A count that sets its filter, pressed while the filter is on; pressed again, it clears it. */
function Count({
  n,
  label,
  icon,
  active,
  onClick,
}: {
  n: number
  label: string
  icon: ReactNode
  active: boolean
  onClick: () => void
}) {
  return (
    // Named in one piece: the number and its words are separate boxes in the button's flex row.
    <Button aria-pressed={active} aria-label={`${count.format(n)} ${label}`} className={styles.count} onClick={onClick}>
      {icon}
      <strong>{count.format(n)}</strong> {label}
    </Button>
  )
}
